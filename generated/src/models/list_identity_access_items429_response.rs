//! `ListIdentityAccessItems429Response`, from `beta/paths/historical-identity-access-items.yaml#/get`.

/// `ListIdentityAccessItems429Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ListIdentityAccessItems429Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<serde_json::Value>,
}

impl ListIdentityAccessItems429Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        ListIdentityAccessItems429Response {
            message: None,
        }
    }
}
