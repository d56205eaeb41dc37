//! `MultiHostIntegrationsCreateSources`, from `beta/schemas/MultiHostIntegrationsCreateSources.yaml`.

/// This represents sources to be created of same type.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct MultiHostIntegrationsCreateSources {
    /// Source's human-readable name.
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
}

impl MultiHostIntegrationsCreateSources {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new(name: impl Into<String>) -> Self {
        MultiHostIntegrationsCreateSources {
            name: name.into(),
            description: None,
            connector_attributes: None,
        }
    }
}
