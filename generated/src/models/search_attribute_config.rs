//! `SearchAttributeConfig`, from `beta/schemas/SearchAttributeConfig.yaml`.

/// `SearchAttributeConfig` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SearchAttributeConfig {
    /// Name of the new attribute
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub name: Option<String>,
    /// The display name of the new attribute
    #[serde(
        rename = "displayName",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub display_name: Option<String>,
    /// Map of application id and their associated attribute.
    #[serde(
        rename = "applicationAttributes",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub application_attributes: Option<serde_json::Map<String, serde_json::Value>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl SearchAttributeConfig {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        SearchAttributeConfig {
            name: None,
            display_name: None,
            application_attributes: None,
            additional_properties: Default::default(),
        }
    }
}
