//! `Thing`, from `schemas/Thing.yaml`.

use crate::models::{Page, SlimThing};

/// A full thing that embeds a SlimThing by direct file reference.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Thing {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub slim: Option<SlimThing>,
    /// Related slim things.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub related: Option<Vec<SlimThing>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub page: Option<Page>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Thing {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Thing {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Thing {
    const NAME: &'static str = "Thing";

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
            "slim" => self.slim = map.next_value()?,
            "related" => self.related = map.next_value()?,
            "page" => self.page = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
