//! `QueryPasswordInfo401Response`, from `beta/paths/query-password-info.yaml#/post`.
/// `QueryPasswordInfo401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct QueryPasswordInfo401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}
impl QueryPasswordInfo401Response {
    /// A `QueryPasswordInfo401Response` with the given required fields and the others empty.
    pub fn new() -> Self {
        QueryPasswordInfo401Response {
            error: None,
        }
    }
}
