//! `MultiHostIntegrationsConnectorAttributesConnectorFileUploadHistory`, from `beta/schemas/MultiHostIntegrations.yaml#/properties/connectorAttributes/properties/connectorFileUploadHistory`.

/// `MultiHostIntegrationsConnectorAttributesConnectorFileUploadHistory` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct MultiHostIntegrationsConnectorAttributesConnectorFileUploadHistory {
    /// File name of the connector JAR
    #[serde(
        rename = "connectorFileNameUploadedDate",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub connector_file_name_uploaded_date: Option<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl MultiHostIntegrationsConnectorAttributesConnectorFileUploadHistory {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        MultiHostIntegrationsConnectorAttributesConnectorFileUploadHistory {
            connector_file_name_uploaded_date: None,
            additional_properties: Default::default(),
        }
    }
}
