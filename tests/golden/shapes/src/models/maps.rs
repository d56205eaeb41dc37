//! `Maps`, from `openapi.yaml#/components/schemas/Maps`.

use crate::models::{Cat, MapsMixed};

/// Map and free-form shapes.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Maps {
    /// String to string.
    #[serde(rename = "stringMap", skip_serializing_if = "Option::is_none")]
    pub string_map: Option<std::collections::BTreeMap<String, String>>,
    /// String to Cat.
    #[serde(rename = "refMap", skip_serializing_if = "Option::is_none")]
    pub ref_map: Option<std::collections::BTreeMap<String, Cat>>,
    /// additionalProperties true.
    #[serde(rename = "anyMap", skip_serializing_if = "Option::is_none")]
    pub any_map: Option<serde_json::Map<String, serde_json::Value>>,
    /// Properties AND additionalProperties.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub mixed: Option<MapsMixed>,
    /// A property-less object.
    #[serde(rename = "freeForm", skip_serializing_if = "Option::is_none")]
    pub free_form: Option<serde_json::Map<String, serde_json::Value>>,
    /// No type at all; any JSON value.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub anything: Option<serde_json::Value>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Maps {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Maps {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Maps {
    const NAME: &'static str = "Maps";

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
            "stringMap" => self.string_map = map.next_value()?,
            "refMap" => self.ref_map = map.next_value()?,
            "anyMap" => self.any_map = map.next_value()?,
            "mixed" => self.mixed = map.next_value()?,
            "freeForm" => self.free_form = map.next_value()?,
            "anything" => self.anything = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
