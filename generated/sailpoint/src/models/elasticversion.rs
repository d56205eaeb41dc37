//! `Elasticversion`, from `apis/shared/schemas/elasticversion.yaml`.

/// The current Elasticserver version.
pub type Elasticversion = String;
