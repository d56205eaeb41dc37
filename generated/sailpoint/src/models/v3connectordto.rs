//! `V3connectordto`, from `apis/connectors/schemas/v3connectordto.yaml`.

use crate::models::V3connectordtoStatus;

/// `V3connectordto` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct V3connectordto {
    /// The connector name
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The connector type
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
    /// The connector script name
    #[serde(rename = "scriptName", skip_serializing_if = "Option::is_none")]
    pub script_name: Option<String>,
    /// The connector class name.
    #[serde(rename = "className", skip_serializing_if = "Option::is_none")]
    pub class_name: Option<String>,
    /// The list of features supported by the connector
    #[serde(skip_serializing_if = "Option::is_none")]
    pub features: Option<Vec<String>>,
    /// true if the source is a direct connect source
    #[serde(rename = "directConnect", skip_serializing_if = "Option::is_none")]
    pub direct_connect: Option<bool>,
    /// A map containing metadata pertinent to the connector
    #[serde(rename = "connectorMetadata", skip_serializing_if = "Option::is_none")]
    pub connector_metadata: Option<serde_json::Map<String, serde_json::Value>>,
    /// The connector status
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<V3connectordtoStatus>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl V3connectordto {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for V3connectordto {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for V3connectordto {
    const NAME: &'static str = "V3connectordto";

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
            "scriptName" => {
                self.script_name = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "className" => {
                self.class_name = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "features" => self.features = map.next_value()?,
            "directConnect" => {
                self.direct_connect = map.next_value_seed(crate::lenient::FlagOption)?;
            }
            "connectorMetadata" => self.connector_metadata = map.next_value()?,
            "status" => self.status = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
