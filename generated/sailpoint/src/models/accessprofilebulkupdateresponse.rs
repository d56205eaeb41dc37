//! `Accessprofilebulkupdateresponse`, from `apis/access-profiles/schemas/accessprofilebulkupdateresponse.yaml`.

use crate::models::Accessprofileupdateitem;

/// Access Profile Bulk update response.
pub type Accessprofilebulkupdateresponse = Vec<Accessprofileupdateitem>;
