//! `GetStatusCheckDetails401Response`, from `beta/paths/service-desk-integration-configuration.yaml#/get`.

/// `GetStatusCheckDetails401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GetStatusCheckDetails401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}

impl GetStatusCheckDetails401Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        GetStatusCheckDetails401Response {
            error: None,
        }
    }
}
