//! `Published`, from `apis/data-segmentation/schemas/published.yaml`.

/// This boolean indicates whether the segment is being applied to the accounts. If unpublished its being actively modified to until published
pub type Published = bool;
