//! `SendManualDiscoverApplicationsCsvTemplate401Response`, from `beta/paths/manual-discover-applications.yaml#/post`.

/// `SendManualDiscoverApplicationsCsvTemplate401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct SendManualDiscoverApplicationsCsvTemplate401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}

impl SendManualDiscoverApplicationsCsvTemplate401Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        SendManualDiscoverApplicationsCsvTemplate401Response {
            error: None,
        }
    }
}
