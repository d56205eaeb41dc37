//! `CreatePasswordOrgConfig401Response`, from `v3/paths/password-org-config.yaml#/post`.

/// `CreatePasswordOrgConfig401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CreatePasswordOrgConfig401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}

impl CreatePasswordOrgConfig401Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        CreatePasswordOrgConfig401Response {
            error: None,
        }
    }
}
