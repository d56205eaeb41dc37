//! `Tags`, from `apis/search/schemas/tags.yaml`.

/// Tags that have been applied to the object.
pub type Tags = Vec<String>;
