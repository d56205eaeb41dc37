//! `TranslationMessage`, from `beta/schemas/TranslationMessage.yaml`.

/// `TranslationMessage` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
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
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl TranslationMessage {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        TranslationMessage {
            key: None,
            values: None,
            additional_properties: Default::default(),
        }
    }
}
