//! `GetMultiHostIntegrations401Response`, from `beta/paths/multi-host-integrations.yaml#/get`.

/// `GetMultiHostIntegrations401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GetMultiHostIntegrations401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}

impl GetMultiHostIntegrations401Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        GetMultiHostIntegrations401Response {
            error: None,
        }
    }
}
