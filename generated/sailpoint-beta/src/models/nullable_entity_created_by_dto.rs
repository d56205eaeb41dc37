//! `NullableEntityCreatedByDto`, from `beta/schemas/iai/NullableEntityCreatedByDTO.yaml`.

/// Workaround to support null
pub type NullableEntityCreatedByDto = String;
