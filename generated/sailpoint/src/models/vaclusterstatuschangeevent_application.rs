//! `VaclusterstatuschangeeventApplication`, from `apis/triggers/schemas/vaclusterstatuschangeevent.yaml#/properties/application`.

/// Details about the `CLUSTER` or `SOURCE` that initiated this event.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct VaclusterstatuschangeeventApplication {
    /// The GUID of the application
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub id: String,
    /// The name of the application
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub name: String,
    /// Custom map of attributes for a source.  This will only be populated if type is `SOURCE` and the source has a proxy.
    pub attributes: Option<serde_json::Map<String, serde_json::Value>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl VaclusterstatuschangeeventApplication {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(id: impl Into<String>, name: impl Into<String>) -> Self {
        VaclusterstatuschangeeventApplication {
            id: id.into(),
            name: name.into(),
            attributes: None,
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for VaclusterstatuschangeeventApplication {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for VaclusterstatuschangeeventApplication {
    const NAME: &'static str = "VaclusterstatuschangeeventApplication";

    #[inline]
    fn empty() -> Self {
        VaclusterstatuschangeeventApplication {
            id: Default::default(),
            name: Default::default(),
            attributes: None,
            additional_properties: Default::default(),
        }
    }

    fn member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::object::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match &*key {
            "id" => self.id = map.next_value_seed(crate::lenient::Text)?,
            "name" => self.name = map.next_value_seed(crate::lenient::Text)?,
            "attributes" => self.attributes = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
