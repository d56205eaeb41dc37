//! `GetAccessProfile401Response`, from `beta/paths/access-profile.yaml#/get`.
/// `GetAccessProfile401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GetAccessProfile401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}
impl GetAccessProfile401Response {
    /// A `GetAccessProfile401Response` with the given required fields and the others empty.
    pub fn new() -> Self {
        GetAccessProfile401Response {
            error: None,
        }
    }
}
