//! `PutPasswordOrgConfig429Response`, from `v3/paths/password-org-config.yaml#/put`.

/// `PutPasswordOrgConfig429Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct PutPasswordOrgConfig429Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<serde_json::Value>,
}

impl PutPasswordOrgConfig429Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        PutPasswordOrgConfig429Response {
            message: None,
        }
    }
}
