//! `GetDefaultIdentityAttributeConfig429Response`, from `beta/paths/identity-profile-default-config.yaml#/get`.

/// `GetDefaultIdentityAttributeConfig429Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GetDefaultIdentityAttributeConfig429Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<serde_json::Value>,
}

impl GetDefaultIdentityAttributeConfig429Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        GetDefaultIdentityAttributeConfig429Response {
            message: None,
        }
    }
}
