//! `UpdatePublicIdentityConfig401Response`, from `beta/paths/public-identities-config.yaml#/put`.

/// `UpdatePublicIdentityConfig401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct UpdatePublicIdentityConfig401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}

impl UpdatePublicIdentityConfig401Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        UpdatePublicIdentityConfig401Response {
            error: None,
        }
    }
}
