//! `ShowGenerateIdentityPreview429Response`, from `beta/paths/identity-profiles-identity-preview.yaml#/post`.

/// `ShowGenerateIdentityPreview429Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ShowGenerateIdentityPreview429Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<serde_json::Value>,
}

impl ShowGenerateIdentityPreview429Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        ShowGenerateIdentityPreview429Response {
            message: None,
        }
    }
}
