//! `ConnectorDetail`, from `beta/schemas/ConnectorDetail.yaml`.

/// `ConnectorDetail` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ConnectorDetail {
    /// The connector name
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub name: Option<String>,
    /// XML representation of the source config data
    #[serde(
        rename = "sourceConfigXml",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub source_config_xml: Option<String>,
    /// JSON representation of the source config data
    #[serde(
        rename = "sourceConfig",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub source_config: Option<String>,
    /// true if the source is a direct connect source
    #[serde(
        rename = "directConnect",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::boolean_option"
    )]
    pub direct_connect: Option<bool>,
    /// Connector config's file upload attribute, false if not there
    #[serde(
        rename = "fileUpload",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::boolean_option"
    )]
    pub file_upload: Option<bool>,
    /// List of uploaded file strings for the connector
    #[serde(
        rename = "uploadedFiles",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub uploaded_files: Option<String>,
    /// Object containing metadata pertinent to the UI to be used
    #[serde(
        rename = "connectorMetadata",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub connector_metadata: Option<serde_json::Map<String, serde_json::Value>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl ConnectorDetail {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        ConnectorDetail {
            name: None,
            source_config_xml: None,
            source_config: None,
            direct_connect: None,
            file_upload: None,
            uploaded_files: None,
            connector_metadata: None,
            additional_properties: Default::default(),
        }
    }
}
