//! `RoleMiningPotentialRoleSummaryCreatedBy`, from `beta/schemas/RoleMiningPotentialRoleSummary.yaml#/properties/createdBy`.

use crate::models::{EntityCreatedByDto, NullableEntityCreatedByDto};

/// The potential role created by details
///
/// The value is whichever alternative it decodes as, tried in this order.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant)]
pub enum RoleMiningPotentialRoleSummaryCreatedBy {
    EntityCreatedByDto(EntityCreatedByDto),
    NullableEntityCreatedByDto(NullableEntityCreatedByDto),
}

impl From<EntityCreatedByDto> for RoleMiningPotentialRoleSummaryCreatedBy {
    fn from(value: EntityCreatedByDto) -> Self {
        RoleMiningPotentialRoleSummaryCreatedBy::EntityCreatedByDto(value)
    }
}

impl From<NullableEntityCreatedByDto> for RoleMiningPotentialRoleSummaryCreatedBy {
    fn from(value: NullableEntityCreatedByDto) -> Self {
        RoleMiningPotentialRoleSummaryCreatedBy::NullableEntityCreatedByDto(value)
    }
}
