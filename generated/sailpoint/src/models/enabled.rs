//! `Enabled`, from `apis/data-segmentation/schemas/enabled.yaml`.

/// This boolean indicates whether the segment is currently active. Inactive segments have no effect.
pub type Enabled = bool;
