//! `MultiHostIntegrationsConnectorAttributesConnectorFileUploadHistory`, from `beta/schemas/MultiHostIntegrations.yaml#/properties/connectorAttributes/properties/connectorFileUploadHistory`.

/// `MultiHostIntegrationsConnectorAttributesConnectorFileUploadHistory` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct MultiHostIntegrationsConnectorAttributesConnectorFileUploadHistory {
    /// File name of the connector JAR
    #[serde(
        rename = "connectorFileNameUploadedDate",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub connector_file_name_uploaded_date: Option<String>,
}

impl MultiHostIntegrationsConnectorAttributesConnectorFileUploadHistory {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        MultiHostIntegrationsConnectorAttributesConnectorFileUploadHistory {
            connector_file_name_uploaded_date: None,
        }
    }
}
