//! `Page`, from `schemas/common.yaml#/Page`.

use crate::models::Item;

/// A page of items; `items` uses an internal `#/Item` ref within this file.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Page {
    /// A server's absent or `null` member reads as an empty list.
    pub items: Vec<Item>,
    /// Cursor for the next page.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub next: Option<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Page {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(items: Vec<Item>) -> Self {
        Page {
            items,
            next: None,
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for Page {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Page {
    const NAME: &'static str = "Page";

    #[inline]
    fn empty() -> Self {
        Page {
            items: Default::default(),
            next: None,
            additional_properties: Default::default(),
        }
    }

    fn member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::object::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match &*key {
            "items" => {
                self.items = map.next_value_seed(crate::lenient::NullAsDefault::NEW)?;
            }
            "next" => self.next = map.next_value_seed(crate::lenient::TextOption)?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
