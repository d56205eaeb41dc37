//! `SetIcon401Response`, from `beta/paths/icon.yaml#/put`.
/// `SetIcon401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct SetIcon401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}
impl SetIcon401Response {
    /// A `SetIcon401Response` with the given required fields and the others empty.
    pub fn new() -> Self {
        SetIcon401Response { error: None }
    }
}
