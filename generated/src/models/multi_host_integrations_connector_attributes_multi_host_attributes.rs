//! `MultiHostIntegrationsConnectorAttributesMultiHostAttributes`, from `beta/schemas/MultiHostIntegrations.yaml#/properties/connectorAttributes/properties/multiHostAttributes`.

/// Attributes of Multi-Host Integration
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct MultiHostIntegrationsConnectorAttributesMultiHostAttributes {
    /// Password.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub password: Option<String>,
    /// Connector file.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub connector_files: Option<String>,
    /// Authentication type.
    #[serde(
        rename = "authType",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub auth_type: Option<String>,
    /// Username.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub user: Option<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl MultiHostIntegrationsConnectorAttributesMultiHostAttributes {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        MultiHostIntegrationsConnectorAttributesMultiHostAttributes {
            password: None,
            connector_files: None,
            auth_type: None,
            user: None,
            additional_properties: Default::default(),
        }
    }
}
