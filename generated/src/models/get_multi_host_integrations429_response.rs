//! `GetMultiHostIntegrations429Response`, from `beta/paths/multi-host-integrations.yaml#/get`.

/// `GetMultiHostIntegrations429Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GetMultiHostIntegrations429Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<serde_json::Value>,
}

impl GetMultiHostIntegrations429Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        GetMultiHostIntegrations429Response {
            message: None,
        }
    }
}
