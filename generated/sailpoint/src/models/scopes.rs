//! `Scopes`, from `apis/data-segmentation/schemas/scopes.yaml`.

use crate::models::Scope;

/// List of Scopes that are assigned to the segment
pub type Scopes = Vec<Scope>;
