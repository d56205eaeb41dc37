//! `GetSedBatchStats429Response`, from `beta/paths/suggested-entitlement-description-batches-stats.yaml#/get`.

/// `GetSedBatchStats429Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GetSedBatchStats429Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<serde_json::Value>,
}

impl GetSedBatchStats429Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        GetSedBatchStats429Response {
            message: None,
        }
    }
}
