//! `DeleteAccessProfile401Response`, from `beta/paths/access-profile.yaml#/delete`.
/// `DeleteAccessProfile401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct DeleteAccessProfile401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}
impl DeleteAccessProfile401Response {
    /// A `DeleteAccessProfile401Response` with the given required fields and the others empty.
    pub fn new() -> Self {
        DeleteAccessProfile401Response {
            error: None,
        }
    }
}
