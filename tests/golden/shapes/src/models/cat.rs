//! `Cat`, from `openapi.yaml#/components/schemas/Cat`.

/// A cat.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Cat {
    /// Cat name.
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub name: String,
    /// Whether it lives indoors.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub indoor: Option<bool>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Cat {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(name: impl Into<String>) -> Self {
        Cat {
            name: name.into(),
            indoor: None,
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for Cat {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Cat {
    const NAME: &'static str = "Cat";

    #[inline]
    fn empty() -> Self {
        Cat {
            name: Default::default(),
            indoor: None,
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
            "indoor" => self.indoor = map.next_value_seed(crate::lenient::FlagOption)?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
