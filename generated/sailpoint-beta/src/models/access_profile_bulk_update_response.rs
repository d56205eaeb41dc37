//! `AccessProfileBulkUpdateResponse`, from `v3/schemas/access/AccessProfileBulkUpdateResponse.yaml`.

use crate::models::AccessProfileUpdateItem;

/// Access Profile Bulk update response.
pub type AccessProfileBulkUpdateResponse = Vec<AccessProfileUpdateItem>;
