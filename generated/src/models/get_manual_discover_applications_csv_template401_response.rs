//! `GetManualDiscoverApplicationsCsvTemplate401Response`, from `beta/paths/manual-discover-applications-template.yaml#/get`.

/// `GetManualDiscoverApplicationsCsvTemplate401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GetManualDiscoverApplicationsCsvTemplate401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}

impl GetManualDiscoverApplicationsCsvTemplate401Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        GetManualDiscoverApplicationsCsvTemplate401Response {
            error: None,
        }
    }
}
