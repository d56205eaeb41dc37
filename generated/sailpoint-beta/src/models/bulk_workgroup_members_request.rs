//! `BulkWorkgroupMembersRequest`, from `beta/schemas/workgroups/BulkWorkgroupMembersRequest.yaml`.

use crate::models::BulkWorkgroupMembersRequestInner;

/// List of identities to be added or removed to a Governance Group members list.
pub type BulkWorkgroupMembersRequest = Vec<BulkWorkgroupMembersRequestInner>;
