//! `Segmentid`, from `apis/data-segmentation/schemas/segmentid.yaml`.

/// The segment's ID.
pub type Segmentid = String;
