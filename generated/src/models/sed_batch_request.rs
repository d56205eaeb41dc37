//! `SedBatchRequest`, from `beta/schemas/SedBatchRequest.yaml`.

use crate::models::SearchCriteria;

/// Sed Batch Request
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
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
}

impl SedBatchRequest {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        SedBatchRequest {
            entitlements: None,
            seds: None,
            search_criteria: None,
        }
    }
}
