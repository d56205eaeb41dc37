//! `SedBatchResponse`, from `beta/schemas/SedBatchResponse.yaml`.

/// Sed Batch Response
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SedBatchResponse {
    /// BatchId that groups all the ids together
    #[serde(
        rename = "batchId",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub batch_id: Option<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl SedBatchResponse {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        SedBatchResponse {
            batch_id: None,
            additional_properties: Default::default(),
        }
    }
}
