//! `LocalizedMessage`, from `beta/schemas/LocalizedMessage.yaml`.

/// Localized error message to indicate a failed invocation or error if any.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct LocalizedMessage {
    /// Message locale
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub locale: String,
    /// Message text
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub message: String,
}

impl LocalizedMessage {
    /// Builds the value from its required fields.
    pub fn new(locale: impl Into<String>, message: impl Into<String>) -> Self {
        LocalizedMessage {
            locale: locale.into(),
            message: message.into(),
        }
    }
}
