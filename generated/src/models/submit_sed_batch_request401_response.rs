//! `SubmitSedBatchRequest401Response`, from `beta/paths/suggested-entitlement-description-batches.yaml#/post`.

/// `SubmitSedBatchRequest401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct SubmitSedBatchRequest401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}

impl SubmitSedBatchRequest401Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        SubmitSedBatchRequest401Response {
            error: None,
        }
    }
}
