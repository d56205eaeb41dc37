//! `Patch`, from `apis/custom-forms/schemas/patch.yaml`.

use crate::models::Operation2;

/// Patch is an ordered collection of Operations.
pub type Patch = Vec<Operation2>;
