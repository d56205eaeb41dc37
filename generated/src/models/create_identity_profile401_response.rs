//! `CreateIdentityProfile401Response`, from `beta/paths/identity-profiles.yaml#/post`.

/// `CreateIdentityProfile401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CreateIdentityProfile401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}

impl CreateIdentityProfile401Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        CreateIdentityProfile401Response {
            error: None,
        }
    }
}
