//! `CreatePasswordOrgConfig429Response`, from `v3/paths/password-org-config.yaml#/post`.

/// `CreatePasswordOrgConfig429Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CreatePasswordOrgConfig429Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<serde_json::Value>,
}

impl CreatePasswordOrgConfig429Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        CreatePasswordOrgConfig429Response {
            message: None,
        }
    }
}
