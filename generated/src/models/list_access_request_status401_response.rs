//! `ListAccessRequestStatus401Response`, from `v3/paths/access-request-status.yaml#/get`.
/// `ListAccessRequestStatus401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ListAccessRequestStatus401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}
impl ListAccessRequestStatus401Response {
    /// A `ListAccessRequestStatus401Response` with the given required fields and the others empty.
    pub fn new() -> Self {
        ListAccessRequestStatus401Response {
            error: None,
        }
    }
}
