//! `ListTransforms401Response`, from `beta/paths/transforms.yaml#/get`.
/// `ListTransforms401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ListTransforms401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}
impl ListTransforms401Response {
    /// A `ListTransforms401Response` with the given required fields and the others empty.
    pub fn new() -> Self {
        ListTransforms401Response {
            error: None,
        }
    }
}
