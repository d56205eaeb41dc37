//! `PublicIdentityAttributeConfig`, from `beta/schemas/PublicIdentityAttributeConfig.yaml`.

/// Used to map an attribute key for an Identity to its display name.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct PublicIdentityAttributeConfig {
    /// the key of the attribute
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub key: Option<String>,
    /// the display name of the attribute
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub name: Option<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl PublicIdentityAttributeConfig {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        PublicIdentityAttributeConfig {
            key: None,
            name: None,
            additional_properties: Default::default(),
        }
    }
}
