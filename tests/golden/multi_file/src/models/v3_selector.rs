//! `V3Selector`, from `v3/schemas/Selector.yaml`.

use crate::models::V3SelectorType;

/// The upper-case `Selector.yaml`; collides by case with `schemas/selector.yaml`.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct V3Selector {
    /// Selector type.
    ///
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#type: Option<V3SelectorType>,
    /// Selector values.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub values: Option<Vec<String>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl V3Selector {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(r#type: V3SelectorType) -> Self {
        V3Selector {
            r#type: Some(r#type),
            values: None,
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for V3Selector {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for V3Selector {
    const NAME: &'static str = "V3Selector";

    #[inline]
    fn empty() -> Self {
        V3Selector {
            r#type: None,
            values: None,
            additional_properties: Default::default(),
        }
    }

    fn member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::object::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match &*key {
            "type" => self.r#type = map.next_value()?,
            "values" => self.values = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
