//! `SedBatchRequest`, from `beta/schemas/SedBatchRequest.yaml`.

use crate::models::SearchCriteria;

/// Sed Batch Request
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SedBatchRequest {
    /// list of entitlement ids
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub entitlements: Option<Vec<String>>,
    /// list of sed ids
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub seds: Option<Vec<String>>,
    /// Search criteria for the batch request.
    #[serde(rename = "searchCriteria", default, skip_serializing_if = "Option::is_none")]
    pub search_criteria: Option<std::collections::BTreeMap<String, SearchCriteria>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl SedBatchRequest {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        SedBatchRequest {
            entitlements: None,
            seds: None,
            search_criteria: None,
            additional_properties: Default::default(),
        }
    }
}
