//! `SedBatchStats`, from `beta/schemas/SedBatchStats.yaml`.

/// Sed Batch Stats
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SedBatchStats {
    /// batch complete
    #[serde(
        rename = "batchComplete",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::boolean_option"
    )]
    pub batch_complete: Option<bool>,
    /// batch Id
    #[serde(
        rename = "batchId",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub batch_id: Option<String>,
    /// discovered count
    #[serde(
        rename = "discoveredCount",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub discovered_count: Option<i64>,
    /// discovery complete
    #[serde(
        rename = "discoveryComplete",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::boolean_option"
    )]
    pub discovery_complete: Option<bool>,
    /// processed count
    #[serde(rename = "processedCount", default, skip_serializing_if = "Option::is_none")]
    pub processed_count: Option<i64>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl SedBatchStats {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        SedBatchStats {
            batch_complete: None,
            batch_id: None,
            discovered_count: None,
            discovery_complete: None,
            processed_count: None,
            additional_properties: Default::default(),
        }
    }
}
