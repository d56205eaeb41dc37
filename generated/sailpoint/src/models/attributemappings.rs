//! `Attributemappings`, from `apis/machine-account-mappings/schemas/attributemappings.yaml`.

use crate::models::Attributemappings2;

/// `Attributemappings` as the spec defines it.
pub type Attributemappings = Attributemappings2;
