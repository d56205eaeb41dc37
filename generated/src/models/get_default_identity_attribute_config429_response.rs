//! `GetDefaultIdentityAttributeConfig429Response`, from `beta/paths/identity-profile-default-config.yaml#/get`.
/// `GetDefaultIdentityAttributeConfig429Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GetDefaultIdentityAttributeConfig429Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<serde_json::Value>,
}
impl GetDefaultIdentityAttributeConfig429Response {
    /// A `GetDefaultIdentityAttributeConfig429Response` with the given required fields and the others empty.
    pub fn new() -> Self {
        GetDefaultIdentityAttributeConfig429Response {
            message: None,
        }
    }
}
