//! `TranslationMessage`, from `beta/schemas/TranslationMessage.yaml`.

/// `TranslationMessage` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct TranslationMessage {
    /// The key of the translation message
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub key: Option<String>,
    /// The values corresponding to the translation messages
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub values: Option<Vec<String>>,
}

impl TranslationMessage {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        TranslationMessage {
            key: None,
            values: None,
        }
    }
}
