//! `AccessRequestsAccessRequestResponse`, from `v3/schemas/access-requests/AccessRequestResponse.yaml`.

use crate::models::AccessRequestTracking;

/// `AccessRequestsAccessRequestResponse` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct AccessRequestsAccessRequestResponse {
    /// A list of new access request tracking data mapped to the values requested.
    #[serde(rename = "newRequests", default, skip_serializing_if = "Option::is_none")]
    pub new_requests: Option<Vec<AccessRequestTracking>>,
    /// A list of existing access request tracking data mapped to the values requested.  This indicates access has already been requested for this item.
    #[serde(
        rename = "existingRequests",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub existing_requests: Option<Vec<AccessRequestTracking>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl AccessRequestsAccessRequestResponse {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        AccessRequestsAccessRequestResponse {
            new_requests: None,
            existing_requests: None,
            additional_properties: Default::default(),
        }
    }
}
