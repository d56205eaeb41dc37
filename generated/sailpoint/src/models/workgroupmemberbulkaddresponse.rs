//! `Workgroupmemberbulkaddresponse`, from `apis/governance-groups/schemas/workgroupmemberbulkaddresponse.yaml`.

use crate::models::Workgroupmemberadditem;

/// Bulk add Governance Group members Response.
pub type Workgroupmemberbulkaddresponse = Vec<Workgroupmemberadditem>;
