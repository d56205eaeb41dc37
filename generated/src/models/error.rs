//! `Error`, from `beta/schemas/forms/Error.yaml`.

use crate::models::ErrorMessage;

/// `Error` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct Error {
    /// DetailCode is the text of the status code returned
    #[serde(
        rename = "detailCode",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub detail_code: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub messages: Option<Vec<ErrorMessage>>,
    /// TrackingID is the request tracking unique identifier
    #[serde(
        rename = "trackingId",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub tracking_id: Option<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Error {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        Error {
            detail_code: None,
            messages: None,
            tracking_id: None,
            additional_properties: Default::default(),
        }
    }
}
