//! `LocalizedMessage`, from `beta/schemas/LocalizedMessage.yaml`.

/// Localized error message to indicate a failed invocation or error if any.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct LocalizedMessage {
    /// Message locale
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub locale: String,
    /// Message text
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub message: String,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl LocalizedMessage {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new(locale: impl Into<String>, message: impl Into<String>) -> Self {
        LocalizedMessage {
            locale: locale.into(),
            message: message.into(),
            additional_properties: Default::default(),
        }
    }
}
