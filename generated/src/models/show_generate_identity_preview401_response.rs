//! `ShowGenerateIdentityPreview401Response`, from `beta/paths/identity-profiles-identity-preview.yaml#/post`.

/// `ShowGenerateIdentityPreview401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ShowGenerateIdentityPreview401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}

impl ShowGenerateIdentityPreview401Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        ShowGenerateIdentityPreview401Response {
            error: None,
        }
    }
}
