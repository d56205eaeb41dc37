//! `SetTagsToManyObjects401Response`, from `beta/paths/bulk-add-tagged-objects.yaml#/post`.

/// `SetTagsToManyObjects401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct SetTagsToManyObjects401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}

impl SetTagsToManyObjects401Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        SetTagsToManyObjects401Response {
            error: None,
        }
    }
}
