//! `AccessRequestResponse`, from `beta/schemas/AccessRequestResponse.yaml`.

use crate::models::AccessRequestItemResponse;

/// `AccessRequestResponse` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct AccessRequestResponse {
    /// the requester Id
    #[serde(
        rename = "requesterId",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub requester_id: Option<String>,
    /// the requesterName
    #[serde(
        rename = "requesterName",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub requester_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub items: Option<Vec<AccessRequestItemResponse>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl AccessRequestResponse {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        AccessRequestResponse {
            requester_id: None,
            requester_name: None,
            items: None,
            additional_properties: Default::default(),
        }
    }
}
