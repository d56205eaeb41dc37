//! `CreateTransform401Response`, from `beta/paths/transforms.yaml#/post`.
/// `CreateTransform401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CreateTransform401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}
impl CreateTransform401Response {
    /// A `CreateTransform401Response` with the given required fields and the others empty.
    pub fn new() -> Self {
        CreateTransform401Response {
            error: None,
        }
    }
}
