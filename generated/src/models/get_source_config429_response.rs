//! `GetSourceConfig429Response`, from `beta/paths/source-connectors-source-config.yaml#/get`.

/// `GetSourceConfig429Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GetSourceConfig429Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<serde_json::Value>,
}

impl GetSourceConfig429Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        GetSourceConfig429Response {
            message: None,
        }
    }
}
