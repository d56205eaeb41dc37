//! `MultiHostIntegrationsCreateSources`, from `beta/schemas/MultiHostIntegrationsCreateSources.yaml`.

/// This represents sources to be created of same type.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct MultiHostIntegrationsCreateSources {
    /// Source's human-readable name.
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub name: String,
    /// Source's human-readable description.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub description: Option<String>,
    /// Connector specific configuration. This configuration will differ from type to type.
    #[serde(
        rename = "connectorAttributes",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub connector_attributes: Option<serde_json::Map<String, serde_json::Value>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl MultiHostIntegrationsCreateSources {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new(name: impl Into<String>) -> Self {
        MultiHostIntegrationsCreateSources {
            name: name.into(),
            description: None,
            connector_attributes: None,
            additional_properties: Default::default(),
        }
    }
}
