//! `GetIdentitySnapshot401Response`, from `beta/paths/historical-identity-snapshot-date.yaml#/get`.

/// `GetIdentitySnapshot401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GetIdentitySnapshot401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}

impl GetIdentitySnapshot401Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        GetIdentitySnapshot401Response {
            error: None,
        }
    }
}
