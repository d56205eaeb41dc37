//! `Workgroupbulkdeleteresponse`, from `apis/governance-groups/schemas/workgroupbulkdeleteresponse.yaml`.

use crate::models::Workgroupdeleteitem;

/// Bulk remove Governance Groups Response.
pub type Workgroupbulkdeleteresponse = Vec<Workgroupdeleteitem>;
