//! `RejectAccessRequest401Response`, from `beta/paths/reject-access-request-approval.yaml#/post`.
/// `RejectAccessRequest401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct RejectAccessRequest401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}
impl RejectAccessRequest401Response {
    /// A `RejectAccessRequest401Response` with the given required fields and the others empty.
    pub fn new() -> Self {
        RejectAccessRequest401Response {
            error: None,
        }
    }
}
