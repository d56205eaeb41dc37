//! `V3ConnectorDto`, from `beta/schemas/V3ConnectorDto.yaml`.

/// `V3ConnectorDto` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct V3ConnectorDto {
    /// The connector name
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub name: Option<String>,
    /// The connector type
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub r#type: Option<String>,
    /// The connector script name
    #[serde(
        rename = "scriptName",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub script_name: Option<String>,
    /// The connector class name.
    #[serde(
        rename = "className",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub class_name: Option<String>,
    /// The list of features supported by the connector
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub features: Option<Vec<String>>,
    /// true if the source is a direct connect source
    #[serde(
        rename = "directConnect",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::boolean_option"
    )]
    pub direct_connect: Option<bool>,
    /// Object containing metadata pertinent to the UI to be used
    #[serde(
        rename = "connectorMetadata",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub connector_metadata: Option<serde_json::Map<String, serde_json::Value>>,
    /// The connector status
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub status: Option<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl V3ConnectorDto {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        V3ConnectorDto {
            name: None,
            r#type: None,
            script_name: None,
            class_name: None,
            features: None,
            direct_connect: None,
            connector_metadata: None,
            status: None,
            additional_properties: Default::default(),
        }
    }
}
