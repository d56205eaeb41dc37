//! `ListTaggedObjectsByType429Response`, from `beta/paths/tagged-objects-type.yaml#/get`.

/// `ListTaggedObjectsByType429Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ListTaggedObjectsByType429Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<serde_json::Value>,
}

impl ListTaggedObjectsByType429Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        ListTaggedObjectsByType429Response {
            message: None,
        }
    }
}
