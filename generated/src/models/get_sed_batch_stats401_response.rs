//! `GetSedBatchStats401Response`, from `beta/paths/suggested-entitlement-description-batches-stats.yaml#/get`.

/// `GetSedBatchStats401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GetSedBatchStats401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}

impl GetSedBatchStats401Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        GetSedBatchStats401Response {
            error: None,
        }
    }
}
