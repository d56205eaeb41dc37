//! `GetDiscoveredApplications429Response`, from `beta/paths/discovered-applications.yaml#/get`.

/// `GetDiscoveredApplications429Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GetDiscoveredApplications429Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<serde_json::Value>,
}

impl GetDiscoveredApplications429Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        GetDiscoveredApplications429Response {
            message: None,
        }
    }
}
