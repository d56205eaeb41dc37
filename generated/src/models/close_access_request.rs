//! `CloseAccessRequest`, from `v3/schemas/CloseAccessRequest.yaml`.

use crate::models::{
    CloseAccessRequestCompletionStatus, CloseAccessRequestExecutionStatus,
};

/// Request body payload for close access requests endpoint.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct CloseAccessRequest {
    /// Access Request IDs for the requests to be closed. Accepts 1-500 Identity Request IDs per request.
    ///
    /// A server's absent or `null` member reads as an empty list.
    #[serde(
        rename = "accessRequestIds",
        default,
        deserialize_with = "crate::lenient::null_as_default"
    )]
    pub access_request_ids: Vec<String>,
    /// Reason for closing the access request. Displayed under Warnings in IdentityNow.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub message: Option<String>,
    /// The request's provisioning status. Displayed as Stage in IdentityNow.
    #[serde(
        rename = "executionStatus",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub execution_status: Option<CloseAccessRequestExecutionStatus>,
    /// The request's overall status. Displayed as Status in IdentityNow.
    #[serde(
        rename = "completionStatus",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub completion_status: Option<CloseAccessRequestCompletionStatus>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl CloseAccessRequest {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new(access_request_ids: Vec<String>) -> Self {
        CloseAccessRequest {
            access_request_ids,
            message: None,
            execution_status: None,
            completion_status: None,
            additional_properties: Default::default(),
        }
    }
}
