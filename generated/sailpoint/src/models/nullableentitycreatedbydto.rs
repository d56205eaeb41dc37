//! `Nullableentitycreatedbydto`, from `apis/iai-role-mining/schemas/nullableentitycreatedbydto.yaml`.

/// Workaround to support null
pub type Nullableentitycreatedbydto = String;
