//! `PeekResourceObjects429Response`, from `beta/paths/source-connector-peek-resource-objects.yaml#/post`.

/// `PeekResourceObjects429Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct PeekResourceObjects429Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<serde_json::Value>,
}

impl PeekResourceObjects429Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        PeekResourceObjects429Response {
            message: None,
        }
    }
}
