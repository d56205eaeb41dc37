//! `Connectorcustomizerupdateresponse`, from `apis/connector-customizers/schemas/connectorcustomizerupdateresponse.yaml`.

/// ConnectorCustomizerUpdateResponse
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Connectorcustomizerupdateresponse {
    /// Connector customizer image version.
    #[serde(rename = "imageVersion", skip_serializing_if = "Option::is_none")]
    pub image_version: Option<i64>,
    /// Connector customizer image id.
    #[serde(rename = "imageID", skip_serializing_if = "Option::is_none")]
    pub image_id: Option<String>,
    /// the ID of connector customizer.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// name of the connector customizer.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Connector customizer tenant id.
    #[serde(rename = "tenantID", skip_serializing_if = "Option::is_none")]
    pub tenant_id: Option<String>,
    /// Date-time when the connector customizer was created.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created: Option<chrono::DateTime<chrono::Utc>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Connectorcustomizerupdateresponse {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Connectorcustomizerupdateresponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Connectorcustomizerupdateresponse {
    const NAME: &'static str = "Connectorcustomizerupdateresponse";

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
            "imageVersion" => self.image_version = map.next_value()?,
            "imageID" => self.image_id = map.next_value_seed(crate::lenient::TextOption)?,
            "id" => self.id = map.next_value_seed(crate::lenient::TextOption)?,
            "name" => self.name = map.next_value_seed(crate::lenient::TextOption)?,
            "tenantID" => {
                self.tenant_id = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "created" => self.created = map.next_value_seed(crate::datetime::Optional)?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
