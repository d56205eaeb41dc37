//! `TemplateBulkDeleteDto`, from `beta/schemas/TemplateBulkDeleteDto.yaml`.

use crate::models::TemplateBulkDeleteDtoMedium;

/// `TemplateBulkDeleteDto` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct TemplateBulkDeleteDto {
    /// The template key to delete
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub key: String,
    /// The notification medium (EMAIL, SLACK, or TEAMS)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub medium: Option<TemplateBulkDeleteDtoMedium>,
    /// The locale for the message text, a BCP 47 language tag.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub locale: Option<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl TemplateBulkDeleteDto {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new(key: impl Into<String>) -> Self {
        TemplateBulkDeleteDto {
            key: key.into(),
            medium: None,
            locale: None,
            additional_properties: Default::default(),
        }
    }
}
