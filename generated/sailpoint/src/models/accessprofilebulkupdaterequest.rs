//! `Accessprofilebulkupdaterequest`, from `apis/access-profiles/schemas/accessprofilebulkupdaterequest.yaml`.

use crate::models::AccessprofilebulkupdaterequestInner;

/// List of Access profiles to be updated.
pub type Accessprofilebulkupdaterequest = Vec<AccessprofilebulkupdaterequestInner>;
