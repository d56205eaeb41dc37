//! `UpdateIdentityProfile429Response`, from `beta/paths/identity-profile.yaml#/patch`.

/// `UpdateIdentityProfile429Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct UpdateIdentityProfile429Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<serde_json::Value>,
}

impl UpdateIdentityProfile429Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        UpdateIdentityProfile429Response {
            message: None,
        }
    }
}
