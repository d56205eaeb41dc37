//! `RoleMiningPotentialRoleCreatedBy`, from `beta/schemas/RoleMiningPotentialRole.yaml#/properties/createdBy`.

use crate::models::{EntityCreatedByDto, NullableEntityCreatedByDto};

/// The session created by details
///
/// The value is whichever alternative it decodes as, tried in this order.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant)]
pub enum RoleMiningPotentialRoleCreatedBy {
    EntityCreatedByDto(EntityCreatedByDto),
    NullableEntityCreatedByDto(NullableEntityCreatedByDto),
}

impl From<EntityCreatedByDto> for RoleMiningPotentialRoleCreatedBy {
    fn from(value: EntityCreatedByDto) -> Self {
        RoleMiningPotentialRoleCreatedBy::EntityCreatedByDto(value)
    }
}

impl From<NullableEntityCreatedByDto> for RoleMiningPotentialRoleCreatedBy {
    fn from(value: NullableEntityCreatedByDto) -> Self {
        RoleMiningPotentialRoleCreatedBy::NullableEntityCreatedByDto(value)
    }
}
