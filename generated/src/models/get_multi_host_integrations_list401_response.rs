//! `GetMultiHostIntegrationsList401Response`, from `beta/paths/multi-host-integration.yaml#/get`.

/// `GetMultiHostIntegrationsList401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GetMultiHostIntegrationsList401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}

impl GetMultiHostIntegrationsList401Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        GetMultiHostIntegrationsList401Response {
            error: None,
        }
    }
}
