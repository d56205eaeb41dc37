//! `WorkgroupBulkDeleteResponse`, from `beta/schemas/workgroups/WorkgroupBulkDeleteResponse.yaml`.

use crate::models::WorkgroupDeleteItem;

/// Bulk remove Governance Groups Response.
pub type WorkgroupBulkDeleteResponse = Vec<WorkgroupDeleteItem>;
