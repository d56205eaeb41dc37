//! `GetUsagesBySourceId429Response`, from `beta/paths/source-usages.yaml#/get`.

/// `GetUsagesBySourceId429Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GetUsagesBySourceId429Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<serde_json::Value>,
}

impl GetUsagesBySourceId429Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        GetUsagesBySourceId429Response {
            message: None,
        }
    }
}
