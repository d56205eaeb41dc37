//! `SubmitSedBatchRequest429Response`, from `beta/paths/suggested-entitlement-description-batches.yaml#/post`.

/// `SubmitSedBatchRequest429Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct SubmitSedBatchRequest429Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<serde_json::Value>,
}

impl SubmitSedBatchRequest429Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        SubmitSedBatchRequest429Response {
            message: None,
        }
    }
}
