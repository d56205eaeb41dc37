//! `ErrorMessage`, from `beta/schemas/forms/ErrorMessage.yaml`.

/// `ErrorMessage` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ErrorMessage {
    /// Locale is the current Locale
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub locale: Option<String>,
    /// LocaleOrigin holds possible values of how the locale was selected
    #[serde(
        rename = "localeOrigin",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub locale_origin: Option<String>,
    /// Text is the actual text of the error message
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

impl ErrorMessage {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        ErrorMessage {
            locale: None,
            locale_origin: None,
            text: None,
            additional_properties: Default::default(),
        }
    }
}
