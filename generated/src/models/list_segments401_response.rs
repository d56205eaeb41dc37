//! `ListSegments401Response`, from `beta/paths/segments.yaml#/get`.
/// `ListSegments401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ListSegments401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}
impl ListSegments401Response {
    /// A `ListSegments401Response` with the given required fields and the others empty.
    pub fn new() -> Self {
        ListSegments401Response {
            error: None,
        }
    }
}
