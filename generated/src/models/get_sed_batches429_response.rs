//! `GetSedBatches429Response`, from `beta/paths/suggested-entitlement-description-batches.yaml#/get`.

/// `GetSedBatches429Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GetSedBatches429Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<serde_json::Value>,
}

impl GetSedBatches429Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        GetSedBatches429Response {
            message: None,
        }
    }
}
