//! `PutSimIntegration401Response`, from `beta/paths/sim-integrations.yaml#/put`.
/// `PutSimIntegration401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct PutSimIntegration401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}
impl PutSimIntegration401Response {
    /// A `PutSimIntegration401Response` with the given required fields and the others empty.
    pub fn new() -> Self {
        PutSimIntegration401Response {
            error: None,
        }
    }
}
