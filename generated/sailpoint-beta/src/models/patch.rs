//! `Patch`, from `beta/schemas/forms/Patch.yaml`.

use crate::models::Operation;

/// Patch is an ordered collection of Operations.
pub type Patch = Vec<Operation>;
