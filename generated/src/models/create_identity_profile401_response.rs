//! `CreateIdentityProfile401Response`, from `beta/paths/identity-profiles.yaml#/post`.
/// `CreateIdentityProfile401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CreateIdentityProfile401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}
impl CreateIdentityProfile401Response {
    /// A `CreateIdentityProfile401Response` with the given required fields and the others empty.
    pub fn new() -> Self {
        CreateIdentityProfile401Response {
            error: None,
        }
    }
}
