//! `GetSelectors200Response`, from `paths/selectors.yaml#/get/responses/200/content/application~1json/schema`.

use crate::models::{Selector, V3Selector};

/// `GetSelectors200Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct GetSelectors200Response {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub lower: Option<Selector>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub upper: Option<V3Selector>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl GetSelectors200Response {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for GetSelectors200Response {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for GetSelectors200Response {
    const NAME: &'static str = "GetSelectors200Response";

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
            "lower" => self.lower = map.next_value()?,
            "upper" => self.upper = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
