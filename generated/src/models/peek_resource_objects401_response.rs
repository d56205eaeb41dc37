//! `PeekResourceObjects401Response`, from `beta/paths/source-connector-peek-resource-objects.yaml#/post`.
/// `PeekResourceObjects401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct PeekResourceObjects401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}
impl PeekResourceObjects401Response {
    /// A `PeekResourceObjects401Response` with the given required fields and the others empty.
    pub fn new() -> Self {
        PeekResourceObjects401Response {
            error: None,
        }
    }
}
