//! `DeleteTagsToManyObject401Response`, from `beta/paths/bulk-remove-tagged-objects.yaml#/post`.

/// `DeleteTagsToManyObject401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct DeleteTagsToManyObject401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}

impl DeleteTagsToManyObject401Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        DeleteTagsToManyObject401Response {
            error: None,
        }
    }
}
