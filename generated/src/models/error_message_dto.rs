//! `ErrorMessageDto`, from `v2024/schemas/ErrorMessageDto.yaml`.

use crate::models::LocaleOrigin;

/// `ErrorMessageDto` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ErrorMessageDto {
    /// The locale for the message text, a BCP 47 language tag.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub locale: Option<String>,
    #[serde(rename = "localeOrigin", default, skip_serializing_if = "Option::is_none")]
    pub locale_origin: Option<LocaleOrigin>,
    /// Actual text of the error message in the indicated locale.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub text: Option<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl ErrorMessageDto {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        ErrorMessageDto {
            locale: None,
            locale_origin: None,
            text: None,
            additional_properties: Default::default(),
        }
    }
}
