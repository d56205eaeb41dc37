//! `MapsMixed`, from `openapi.yaml#/components/schemas/Maps/properties/mixed`.

/// Properties AND additionalProperties.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct MapsMixed {
    /// A known key.
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub known: String,
    /// Members the spec does not declare.
    #[serde(flatten)]
    pub additional_properties: std::collections::BTreeMap<String, i64>,
}

impl MapsMixed {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(known: impl Into<String>) -> Self {
        MapsMixed {
            known: known.into(),
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for MapsMixed {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for MapsMixed {
    const NAME: &'static str = "MapsMixed";

    #[inline]
    fn empty() -> Self {
        MapsMixed {
            known: Default::default(),
            additional_properties: Default::default(),
        }
    }

    fn member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::object::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match &*key {
            "known" => self.known = map.next_value_seed(crate::lenient::Text)?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
