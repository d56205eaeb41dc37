//! `GetMultiHostIntegrationsList429Response`, from `beta/paths/multi-host-integration.yaml#/get`.

/// `GetMultiHostIntegrationsList429Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GetMultiHostIntegrationsList429Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<serde_json::Value>,
}

impl GetMultiHostIntegrationsList429Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        GetMultiHostIntegrationsList429Response {
            message: None,
        }
    }
}
