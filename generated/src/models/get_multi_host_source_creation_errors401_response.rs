//! `GetMultiHostSourceCreationErrors401Response`, from `beta/paths/multi-host-integration-sources-creation-error.yaml#/get`.

/// `GetMultiHostSourceCreationErrors401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GetMultiHostSourceCreationErrors401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}

impl GetMultiHostSourceCreationErrors401Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        GetMultiHostSourceCreationErrors401Response {
            error: None,
        }
    }
}
