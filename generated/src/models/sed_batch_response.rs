//! `SedBatchResponse`, from `beta/schemas/SedBatchResponse.yaml`.

/// Sed Batch Response
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct SedBatchResponse {
    /// BatchId that groups all the ids together
    #[serde(
        rename = "batchId",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub batch_id: Option<String>,
}

impl SedBatchResponse {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        SedBatchResponse { batch_id: None }
    }
}
