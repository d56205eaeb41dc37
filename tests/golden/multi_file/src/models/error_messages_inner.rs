//! `ErrorMessagesInner`, from `schemas/Error.yaml#/properties/messages/items`.

/// `ErrorMessagesInner` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
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
}

impl ErrorMessagesInner {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        ErrorMessagesInner {
            locale: None,
            text: None,
        }
    }
}
