//! `ResourceBundleMessage`, from `beta/schemas/ResourceBundleMessage.yaml`.

/// `ResourceBundleMessage` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ResourceBundleMessage {
    /// The key of the message
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub key: Option<String>,
    /// The format of the message
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub format: Option<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl ResourceBundleMessage {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        ResourceBundleMessage {
            key: None,
            format: None,
            additional_properties: Default::default(),
        }
    }
}
