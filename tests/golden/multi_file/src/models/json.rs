//! `Json`, from `schemas/Json.json`.

use crate::models::OtherIdentity;

/// A schema written in JSON (`schemas/Json.json`), referenced from YAML.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Json {
    /// Source name.
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub name: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub owner: Option<OtherIdentity>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<String>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Json {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(name: impl Into<String>) -> Self {
        Json {
            name: name.into(),
            owner: None,
            tags: None,
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for Json {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Json {
    const NAME: &'static str = "Json";

    #[inline]
    fn empty() -> Self {
        Json {
            name: Default::default(),
            owner: None,
            tags: None,
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
            "owner" => self.owner = map.next_value()?,
            "tags" => self.tags = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
