//! `WorkgroupMemberBulkAddResponse`, from `beta/schemas/workgroups/WorkgroupMemberBulkAddResponse.yaml`.

use crate::models::WorkgroupMemberAddItem;

/// Bulk add Governance Group members Response.
pub type WorkgroupMemberBulkAddResponse = Vec<WorkgroupMemberAddItem>;
