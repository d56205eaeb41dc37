//! `CreateSource401Response`, from `beta/paths/sources.yaml#/post`.
/// `CreateSource401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CreateSource401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}
impl CreateSource401Response {
    /// A `CreateSource401Response` with the given required fields and the others empty.
    pub fn new() -> Self {
        CreateSource401Response {
            error: None,
        }
    }
}
