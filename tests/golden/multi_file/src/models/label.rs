//! `Label`, from `schemas/common.yaml#/Label`.

/// A label, referenced from Item within the same file.
pub type Label = String;
