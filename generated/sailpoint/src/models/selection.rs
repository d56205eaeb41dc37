//! `Selection`, from `apis/data-segmentation/schemas/selection.yaml`.

use crate::models::Ref;

/// List of Identities that are assigned to the segment
pub type Selection = Vec<Ref>;
