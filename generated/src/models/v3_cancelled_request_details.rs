//! `V3CancelledRequestDetails`, from `v3/schemas/CancelledRequestDetails.yaml`.

use crate::models::V3OwnerDto;

/// Provides additional details for a request that has been cancelled.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct V3CancelledRequestDetails {
    /// Comment made by the owner when cancelling the associated request.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub comment: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner: Option<V3OwnerDto>,
    /// Date comment was added by the owner when cancelling the associated request.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::datetime::deserialize_option"
    )]
    pub modified: Option<chrono::DateTime<chrono::Utc>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl V3CancelledRequestDetails {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        V3CancelledRequestDetails {
            comment: None,
            owner: None,
            modified: None,
            additional_properties: Default::default(),
        }
    }
}
