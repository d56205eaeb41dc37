//! `MessageCatalogDto`, from `beta/schemas/MessageCatalogDto.yaml`.

use crate::models::ResourceBundleMessage;

/// `MessageCatalogDto` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct MessageCatalogDto {
    /// The language in which the messages are returned
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub locale: Option<String>,
    /// The list of message with their keys and formats
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub messages: Option<Vec<ResourceBundleMessage>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl MessageCatalogDto {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        MessageCatalogDto {
            locale: None,
            messages: None,
            additional_properties: Default::default(),
        }
    }
}
