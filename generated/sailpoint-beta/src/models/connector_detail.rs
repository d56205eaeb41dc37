//! `ConnectorDetail`, from `beta/schemas/ConnectorDetail.yaml`.

/// `ConnectorDetail` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct ConnectorDetail {
    /// The connector name
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// XML representation of the source config data
    #[serde(rename = "sourceConfigXml", skip_serializing_if = "Option::is_none")]
    pub source_config_xml: Option<String>,
    /// JSON representation of the source config data
    #[serde(rename = "sourceConfig", skip_serializing_if = "Option::is_none")]
    pub source_config: Option<String>,
    /// true if the source is a direct connect source
    #[serde(rename = "directConnect", skip_serializing_if = "Option::is_none")]
    pub direct_connect: Option<bool>,
    /// Connector config's file upload attribute, false if not there
    #[serde(rename = "fileUpload", skip_serializing_if = "Option::is_none")]
    pub file_upload: Option<bool>,
    /// List of uploaded file strings for the connector
    #[serde(rename = "uploadedFiles", skip_serializing_if = "Option::is_none")]
    pub uploaded_files: Option<String>,
    /// Object containing metadata pertinent to the UI to be used
    #[serde(rename = "connectorMetadata", skip_serializing_if = "Option::is_none")]
    pub connector_metadata: Option<serde_json::Map<String, serde_json::Value>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl ConnectorDetail {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for ConnectorDetail {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for ConnectorDetail {
    const NAME: &'static str = "ConnectorDetail";

    #[inline]
    fn empty() -> Self {
        Self::default()
    }

    fn member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::object::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match &*key {
            "name" => self.name = map.next_value_seed(crate::lenient::TextOption)?,
            "sourceConfigXml" => {
                self.source_config_xml = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "sourceConfig" => {
                self.source_config = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "directConnect" => {
                self.direct_connect = map.next_value_seed(crate::lenient::FlagOption)?;
            }
            "fileUpload" => {
                self.file_upload = map.next_value_seed(crate::lenient::FlagOption)?;
            }
            "uploadedFiles" => {
                self.uploaded_files = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "connectorMetadata" => self.connector_metadata = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
