//! `Workgroupmemberbulkdeleteresponse`, from `apis/governance-groups/schemas/workgroupmemberbulkdeleteresponse.yaml`.

use crate::models::Workgroupmemberdeleteitem;

/// Bulk add Governance Group members Response.
pub type Workgroupmemberbulkdeleteresponse = Vec<Workgroupmemberdeleteitem>;
