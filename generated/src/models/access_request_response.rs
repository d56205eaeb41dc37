//! `AccessRequestResponse`, from `beta/schemas/AccessRequestResponse.yaml`.

use crate::models::AccessRequestItemResponse;

/// `AccessRequestResponse` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
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
}

impl AccessRequestResponse {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        AccessRequestResponse {
            requester_id: None,
            requester_name: None,
            items: None,
        }
    }
}
