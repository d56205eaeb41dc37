//! `WorkgroupMemberBulkDeleteResponse`, from `beta/schemas/workgroups/WorkgroupMemberBulkDeleteResponse.yaml`.

use crate::models::WorkgroupMemberDeleteItem;

/// Bulk add Governance Group members Response.
pub type WorkgroupMemberBulkDeleteResponse = Vec<WorkgroupMemberDeleteItem>;
