//! `Source`, from `schemas/Source.yaml`.

/// The legacy source (`schemas/Source.yaml`).
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Source {
    /// Source id.
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub id: String,
    /// Source name.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Connector name.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub connector: Option<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Source {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(id: impl Into<String>) -> Self {
        Source {
            id: id.into(),
            name: None,
            connector: None,
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for Source {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Source {
    const NAME: &'static str = "Source";

    #[inline]
    fn empty() -> Self {
        Source {
            id: Default::default(),
            name: None,
            connector: None,
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
            "name" => self.name = map.next_value_seed(crate::lenient::TextOption)?,
            "connector" => {
                self.connector = map.next_value_seed(crate::lenient::TextOption)?;
            }
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
