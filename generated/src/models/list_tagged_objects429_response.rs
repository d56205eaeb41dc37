//! `ListTaggedObjects429Response`, from `beta/paths/tagged-objects.yaml#/get`.

/// `ListTaggedObjects429Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ListTaggedObjects429Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<serde_json::Value>,
}

impl ListTaggedObjects429Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        ListTaggedObjects429Response {
            message: None,
        }
    }
}
