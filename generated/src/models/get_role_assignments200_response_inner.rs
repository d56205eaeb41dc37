//! `GetRoleAssignments200ResponseInner`, from `beta/paths/identities-role-assignments.yaml#/get/responses/200/content/application~1json/schema/items`.

use crate::models::{RoleAssignmentDto, RoleAssignmentRef};

/// `GetRoleAssignments200ResponseInner` as the spec defines it.
///
/// The value is whichever alternative it decodes as, tried in this order.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant)]
pub enum GetRoleAssignments200ResponseInner {
    RoleAssignmentDto(RoleAssignmentDto),
    RoleAssignmentRef(RoleAssignmentRef),
}

impl From<RoleAssignmentDto> for GetRoleAssignments200ResponseInner {
    fn from(value: RoleAssignmentDto) -> Self {
        GetRoleAssignments200ResponseInner::RoleAssignmentDto(value)
    }
}

impl From<RoleAssignmentRef> for GetRoleAssignments200ResponseInner {
    fn from(value: RoleAssignmentRef) -> Self {
        GetRoleAssignments200ResponseInner::RoleAssignmentRef(value)
    }
}
