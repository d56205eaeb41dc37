//! `ListIdentityAttributes429Response`, from `beta/paths/identity-attributes.yaml#/get`.

/// `ListIdentityAttributes429Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ListIdentityAttributes429Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<serde_json::Value>,
}

impl ListIdentityAttributes429Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        ListIdentityAttributes429Response {
            message: None,
        }
    }
}
