//! `DeleteIdentityProfiles401Response`, from `beta/paths/identity-profiles-bulk-delete.yaml#/post`.

/// `DeleteIdentityProfiles401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct DeleteIdentityProfiles401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}

impl DeleteIdentityProfiles401Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        DeleteIdentityProfiles401Response {
            error: None,
        }
    }
}
