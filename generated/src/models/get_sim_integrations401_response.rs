//! `GetSimIntegrations401Response`, from `beta/paths/sim-integrations-value-list.yaml#/get`.

/// `GetSimIntegrations401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GetSimIntegrations401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}

impl GetSimIntegrations401Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        GetSimIntegrations401Response {
            error: None,
        }
    }
}
