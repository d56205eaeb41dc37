//! `MultihostintegrationsConnectorAttributesMultiHostAttributes`, from `apis/multi-host-integration/schemas/multihostintegrations.yaml#/properties/connectorAttributes/properties/multiHostAttributes`.

/// Attributes of Multi-Host Integration
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct MultihostintegrationsConnectorAttributesMultiHostAttributes {
    /// Password.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub password: Option<String>,
    /// Connector file.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub connector_files: Option<String>,
    /// Authentication type.
    #[serde(rename = "authType", skip_serializing_if = "Option::is_none")]
    pub auth_type: Option<String>,
    /// Username.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub user: Option<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl MultihostintegrationsConnectorAttributesMultiHostAttributes {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de>
for MultihostintegrationsConnectorAttributesMultiHostAttributes {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object
for MultihostintegrationsConnectorAttributesMultiHostAttributes {
    const NAME: &'static str = "MultihostintegrationsConnectorAttributesMultiHostAttributes";

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
            "password" => {
                self.password = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "connector_files" => {
                self.connector_files = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "authType" => {
                self.auth_type = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "user" => self.user = map.next_value_seed(crate::lenient::TextOption)?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
