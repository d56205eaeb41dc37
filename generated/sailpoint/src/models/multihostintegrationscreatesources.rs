//! `Multihostintegrationscreatesources`, from `apis/multi-host-integration/schemas/multihostintegrationscreatesources.yaml`.

/// This represents sources to be created of same type.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Multihostintegrationscreatesources {
    /// Source's human-readable name.
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub name: String,
    /// Source's human-readable description.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Connector specific configuration. This configuration will differ from type to type.
    #[serde(rename = "connectorAttributes", skip_serializing_if = "Option::is_none")]
    pub connector_attributes: Option<serde_json::Map<String, serde_json::Value>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Multihostintegrationscreatesources {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(name: impl Into<String>) -> Self {
        Multihostintegrationscreatesources {
            name: name.into(),
            description: None,
            connector_attributes: None,
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for Multihostintegrationscreatesources {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Multihostintegrationscreatesources {
    const NAME: &'static str = "Multihostintegrationscreatesources";

    #[inline]
    fn empty() -> Self {
        Multihostintegrationscreatesources {
            name: Default::default(),
            description: None,
            connector_attributes: None,
            additional_properties: Default::default(),
        }
    }

    fn member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::object::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match &*key {
            "name" => self.name = map.next_value_seed(crate::lenient::Text)?,
            "description" => {
                self.description = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "connectorAttributes" => self.connector_attributes = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
