//! `GetStatusBySourceId429Response`, from `beta/paths/source-usage-status.yaml#/get`.

/// `GetStatusBySourceId429Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GetStatusBySourceId429Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<serde_json::Value>,
}

impl GetStatusBySourceId429Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        GetStatusBySourceId429Response {
            message: None,
        }
    }
}
