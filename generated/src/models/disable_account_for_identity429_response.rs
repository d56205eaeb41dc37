//! `DisableAccountForIdentity429Response`, from `beta/paths/identity-accounts-id-disable.yaml#/post`.

/// `DisableAccountForIdentity429Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct DisableAccountForIdentity429Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<serde_json::Value>,
}

impl DisableAccountForIdentity429Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        DisableAccountForIdentity429Response {
            message: None,
        }
    }
}
