//! `Launcher`, from `openapi.yaml#/components/schemas/Launcher`.

/// A launcher.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Launcher {
    /// JSON text that must be `{}`.
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub config: String,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Launcher {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(config: impl Into<String>) -> Self {
        Launcher {
            config: config.into(),
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for Launcher {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Launcher {
    const NAME: &'static str = "Launcher";

    #[inline]
    fn empty() -> Self {
        Launcher {
            config: Default::default(),
            additional_properties: Default::default(),
        }
    }

    fn member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::object::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match &*key {
            "config" => self.config = map.next_value_seed(crate::lenient::Text)?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
