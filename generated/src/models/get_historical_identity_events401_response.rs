//! `GetHistoricalIdentityEvents401Response`, from `beta/paths/historical-identity-events.yaml#/get`.

/// `GetHistoricalIdentityEvents401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GetHistoricalIdentityEvents401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}

impl GetHistoricalIdentityEvents401Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        GetHistoricalIdentityEvents401Response {
            error: None,
        }
    }
}
