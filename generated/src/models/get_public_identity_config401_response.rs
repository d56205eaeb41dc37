//! `GetPublicIdentityConfig401Response`, from `beta/paths/public-identities-config.yaml#/get`.

/// `GetPublicIdentityConfig401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GetPublicIdentityConfig401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}

impl GetPublicIdentityConfig401Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        GetPublicIdentityConfig401Response {
            error: None,
        }
    }
}
