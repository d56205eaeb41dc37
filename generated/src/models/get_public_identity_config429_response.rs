//! `GetPublicIdentityConfig429Response`, from `beta/paths/public-identities-config.yaml#/get`.

/// `GetPublicIdentityConfig429Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GetPublicIdentityConfig429Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<serde_json::Value>,
}

impl GetPublicIdentityConfig429Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        GetPublicIdentityConfig429Response {
            message: None,
        }
    }
}
