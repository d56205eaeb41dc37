//! `AccessProfileBulkUpdateRequest`, from `v3/schemas/access/AccessProfileBulkUpdateRequest.yaml`.

use crate::models::AccessProfileBulkUpdateRequestInner;

/// List of Access profiles to be updated.
pub type AccessProfileBulkUpdateRequest = Vec<AccessProfileBulkUpdateRequestInner>;
