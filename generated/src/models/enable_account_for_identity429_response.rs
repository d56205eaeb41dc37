//! `EnableAccountForIdentity429Response`, from `beta/paths/identity-accounts-id-enable.yaml#/post`.

/// `EnableAccountForIdentity429Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct EnableAccountForIdentity429Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<serde_json::Value>,
}

impl EnableAccountForIdentity429Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        EnableAccountForIdentity429Response {
            message: None,
        }
    }
}
