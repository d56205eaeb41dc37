//! `ErrorResponseDto`, from `openapi.yaml#/components/schemas/ErrorResponseDto`.

use crate::models::ErrorMessageDto;

/// The shared error body.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ErrorResponseDto {
    /// Fine-grained error code providing more detail of the error.
    #[serde(
        rename = "detailCode",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub detail_code: Option<String>,
    /// Unique tracking id for the error.
    #[serde(
        rename = "trackingId",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub tracking_id: Option<String>,
    /// Generic localized reason for error.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub messages: Option<Vec<ErrorMessageDto>>,
    /// Plain-text descriptive reasons to provide additional detail to the text provided in the messages field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub causes: Option<Vec<ErrorMessageDto>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl ErrorResponseDto {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        ErrorResponseDto {
            detail_code: None,
            tracking_id: None,
            messages: None,
            causes: None,
            additional_properties: Default::default(),
        }
    }
}
