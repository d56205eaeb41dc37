//! `DeleteTagsToManyObject429Response`, from `beta/paths/bulk-remove-tagged-objects.yaml#/post`.

/// `DeleteTagsToManyObject429Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct DeleteTagsToManyObject429Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<serde_json::Value>,
}

impl DeleteTagsToManyObject429Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        DeleteTagsToManyObject429Response {
            message: None,
        }
    }
}
