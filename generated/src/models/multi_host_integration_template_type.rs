//! `MultiHostIntegrationTemplateType`, from `beta/schemas/MultiHostIntegrationTemplateType.yaml`.

/// This represents a Multi-Host Integration template type.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct MultiHostIntegrationTemplateType {
    /// This is the name of the type.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub name: Option<String>,
    /// This is the type value for the type.
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub r#type: String,
    /// This is the scriptName attribute value for the type.
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(rename = "scriptName", default, deserialize_with = "crate::lenient::string")]
    pub script_name: String,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl MultiHostIntegrationTemplateType {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new(r#type: impl Into<String>, script_name: impl Into<String>) -> Self {
        MultiHostIntegrationTemplateType {
            name: None,
            r#type: r#type.into(),
            script_name: script_name.into(),
            additional_properties: Default::default(),
        }
    }
}
