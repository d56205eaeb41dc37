//! `SourcesConnectordetail`, from `apis/sources/schemas/connectordetail.yaml`.

use crate::models::SourcesConnectordetailStatus;

/// `SourcesConnectordetail` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct SourcesConnectordetail {
    /// The connector name
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The connector type
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
    /// The connector class name
    #[serde(rename = "className", skip_serializing_if = "Option::is_none")]
    pub class_name: Option<String>,
    /// The connector script name
    #[serde(rename = "scriptName", skip_serializing_if = "Option::is_none")]
    pub script_name: Option<String>,
    /// The connector application xml
    #[serde(rename = "applicationXml", skip_serializing_if = "Option::is_none")]
    pub application_xml: Option<String>,
    /// The connector correlation config xml
    #[serde(rename = "correlationConfigXml", skip_serializing_if = "Option::is_none")]
    pub correlation_config_xml: Option<String>,
    /// The connector source config xml
    #[serde(rename = "sourceConfigXml", skip_serializing_if = "Option::is_none")]
    pub source_config_xml: Option<String>,
    /// The connector source config
    #[serde(rename = "sourceConfig", skip_serializing_if = "Option::is_none")]
    pub source_config: Option<String>,
    /// The connector source config origin
    #[serde(rename = "sourceConfigFrom", skip_serializing_if = "Option::is_none")]
    pub source_config_from: Option<String>,
    /// storage path key for this connector
    #[serde(rename = "s3Location", skip_serializing_if = "Option::is_none")]
    pub s3_location: Option<String>,
    /// The list of uploaded files supported by the connector. If there was any executable files uploaded to thee connector. Typically this be empty as the executable be uploaded at source creation.
    #[serde(rename = "uploadedFiles", skip_serializing_if = "Option::is_none")]
    pub uploaded_files: Option<Vec<String>>,
    /// true if the source is file upload
    #[serde(rename = "fileUpload", skip_serializing_if = "Option::is_none")]
    pub file_upload: Option<bool>,
    /// true if the source is a direct connect source
    #[serde(rename = "directConnect", skip_serializing_if = "Option::is_none")]
    pub direct_connect: Option<bool>,
    /// A map containing translation attributes by loacale key
    #[serde(rename = "translationProperties", skip_serializing_if = "Option::is_none")]
    pub translation_properties: Option<serde_json::Map<String, serde_json::Value>>,
    /// A map containing metadata pertinent to the UI to be used
    #[serde(rename = "connectorMetadata", skip_serializing_if = "Option::is_none")]
    pub connector_metadata: Option<serde_json::Map<String, serde_json::Value>>,
    /// The connector status
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<SourcesConnectordetailStatus>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl SourcesConnectordetail {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for SourcesConnectordetail {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for SourcesConnectordetail {
    const NAME: &'static str = "SourcesConnectordetail";

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
            "type" => self.r#type = map.next_value_seed(crate::lenient::TextOption)?,
            "className" => {
                self.class_name = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "scriptName" => {
                self.script_name = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "applicationXml" => {
                self.application_xml = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "correlationConfigXml" => {
                self.correlation_config_xml = map
                    .next_value_seed(crate::lenient::TextOption)?;
            }
            "sourceConfigXml" => {
                self.source_config_xml = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "sourceConfig" => {
                self.source_config = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "sourceConfigFrom" => {
                self.source_config_from = map
                    .next_value_seed(crate::lenient::TextOption)?;
            }
            "s3Location" => {
                self.s3_location = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "uploadedFiles" => self.uploaded_files = map.next_value()?,
            "fileUpload" => {
                self.file_upload = map.next_value_seed(crate::lenient::FlagOption)?;
            }
            "directConnect" => {
                self.direct_connect = map.next_value_seed(crate::lenient::FlagOption)?;
            }
            "translationProperties" => self.translation_properties = map.next_value()?,
            "connectorMetadata" => self.connector_metadata = map.next_value()?,
            "status" => self.status = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
