//! `SetTagsToManyObjects429Response`, from `beta/paths/bulk-add-tagged-objects.yaml#/post`.

/// `SetTagsToManyObjects429Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct SetTagsToManyObjects429Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<serde_json::Value>,
}

impl SetTagsToManyObjects429Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        SetTagsToManyObjects429Response {
            message: None,
        }
    }
}
