//! `RoleMiningSessionResponseCreatedBy`, from `beta/schemas/RoleMiningSessionResponse.yaml#/properties/createdBy`.

use crate::models::{EntityCreatedByDto, NullableEntityCreatedByDto};

/// The session created by details
///
/// The value is whichever alternative it decodes as, tried in this order.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant)]
pub enum RoleMiningSessionResponseCreatedBy {
    EntityCreatedByDto(EntityCreatedByDto),
    NullableEntityCreatedByDto(NullableEntityCreatedByDto),
}

impl From<EntityCreatedByDto> for RoleMiningSessionResponseCreatedBy {
    fn from(value: EntityCreatedByDto) -> Self {
        RoleMiningSessionResponseCreatedBy::EntityCreatedByDto(value)
    }
}

impl From<NullableEntityCreatedByDto> for RoleMiningSessionResponseCreatedBy {
    fn from(value: NullableEntityCreatedByDto) -> Self {
        RoleMiningSessionResponseCreatedBy::NullableEntityCreatedByDto(value)
    }
}
