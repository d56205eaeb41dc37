//! `GetPasswordOrgConfig429Response`, from `v3/paths/password-org-config.yaml#/get`.

/// `GetPasswordOrgConfig429Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GetPasswordOrgConfig429Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<serde_json::Value>,
}

impl GetPasswordOrgConfig429Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        GetPasswordOrgConfig429Response {
            message: None,
        }
    }
}
