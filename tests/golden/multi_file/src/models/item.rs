//! `Item`, from `schemas/common.yaml#/Item`.

use crate::models::Label;

/// One item in a page.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Item {
    /// Item id.
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub id: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub label: Option<Label>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Item {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(id: impl Into<String>) -> Self {
        Item {
            id: id.into(),
            label: None,
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for Item {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Item {
    const NAME: &'static str = "Item";

    #[inline]
    fn empty() -> Self {
        Item {
            id: Default::default(),
            label: None,
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
            "label" => self.label = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
