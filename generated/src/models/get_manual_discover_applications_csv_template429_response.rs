//! `GetManualDiscoverApplicationsCsvTemplate429Response`, from `beta/paths/manual-discover-applications-template.yaml#/get`.

/// `GetManualDiscoverApplicationsCsvTemplate429Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GetManualDiscoverApplicationsCsvTemplate429Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<serde_json::Value>,
}

impl GetManualDiscoverApplicationsCsvTemplate429Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        GetManualDiscoverApplicationsCsvTemplate429Response {
            message: None,
        }
    }
}
