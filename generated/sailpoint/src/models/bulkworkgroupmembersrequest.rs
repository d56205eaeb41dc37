//! `Bulkworkgroupmembersrequest`, from `apis/governance-groups/schemas/bulkworkgroupmembersrequest.yaml`.

use crate::models::BulkworkgroupmembersrequestInner;

/// List of identities to be added or removed to a Governance Group members list.
pub type Bulkworkgroupmembersrequest = Vec<BulkworkgroupmembersrequestInner>;
