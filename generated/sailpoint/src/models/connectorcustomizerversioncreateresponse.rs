//! `Connectorcustomizerversioncreateresponse`, from `apis/connector-customizers/schemas/connectorcustomizerversioncreateresponse.yaml`.

/// ConnectorCustomizerVersionCreateResponse
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Connectorcustomizerversioncreateresponse {
    /// ID of connector customizer.
    #[serde(rename = "customizerID", skip_serializing_if = "Option::is_none")]
    pub customizer_id: Option<String>,
    /// ImageID of the connector customizer.
    #[serde(rename = "imageID", skip_serializing_if = "Option::is_none")]
    pub image_id: Option<String>,
    /// Image version of the connector customizer.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub version: Option<i64>,
    /// Date-time when the connector customizer version was created.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created: Option<chrono::DateTime<chrono::Utc>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Connectorcustomizerversioncreateresponse {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Connectorcustomizerversioncreateresponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Connectorcustomizerversioncreateresponse {
    const NAME: &'static str = "Connectorcustomizerversioncreateresponse";

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
            "customizerID" => {
                self.customizer_id = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "imageID" => self.image_id = map.next_value_seed(crate::lenient::TextOption)?,
            "version" => self.version = map.next_value()?,
            "created" => self.created = map.next_value_seed(crate::datetime::Optional)?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
