//! `PeekResourceObjects401Response`, from `beta/paths/source-connector-peek-resource-objects.yaml#/post`.

/// `PeekResourceObjects401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct PeekResourceObjects401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}

impl PeekResourceObjects401Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        PeekResourceObjects401Response {
            error: None,
        }
    }
}
