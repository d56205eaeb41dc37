//! `ErrorMessagesInner`, from `schemas/Error.yaml#/properties/messages/items`.

/// `ErrorMessagesInner` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ErrorMessagesInner {
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub locale: Option<String>,
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

impl ErrorMessagesInner {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        ErrorMessagesInner {
            locale: None,
            text: None,
            additional_properties: Default::default(),
        }
    }
}
