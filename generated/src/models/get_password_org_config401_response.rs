//! `GetPasswordOrgConfig401Response`, from `v3/paths/password-org-config.yaml#/get`.

/// `GetPasswordOrgConfig401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GetPasswordOrgConfig401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}

impl GetPasswordOrgConfig401Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        GetPasswordOrgConfig401Response {
            error: None,
        }
    }
}
