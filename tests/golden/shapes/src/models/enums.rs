//! `Enums`, from `openapi.yaml#/components/schemas/Enums`.

use crate::models::{EnumsDirection, Locale, MaybeColor, StepName, TaskStatus};

/// Holder of enum fields.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Enums {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<TaskStatus>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub locale: Option<Locale>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub step: Option<StepName>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub maybe: Option<MaybeColor>,
    /// An inline enum inside a property.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub direction: Option<EnumsDirection>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Enums {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Enums {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Enums {
    const NAME: &'static str = "Enums";

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
            "status" => self.status = map.next_value()?,
            "locale" => self.locale = map.next_value()?,
            "step" => self.step = map.next_value()?,
            "maybe" => self.maybe = map.next_value()?,
            "direction" => self.direction = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
