//! `GetStatusCheckDetails429Response`, from `beta/paths/service-desk-integration-configuration.yaml#/get`.

/// `GetStatusCheckDetails429Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GetStatusCheckDetails429Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<serde_json::Value>,
}

impl GetStatusCheckDetails429Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        GetStatusCheckDetails429Response {
            message: None,
        }
    }
}
