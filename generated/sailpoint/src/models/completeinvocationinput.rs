//! `Completeinvocationinput`, from `apis/triggers/schemas/completeinvocationinput.yaml`.

use crate::models::Localizedmessage;

/// `Completeinvocationinput` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Completeinvocationinput {
    #[serde(rename = "localizedError", skip_serializing_if = "Option::is_none")]
    pub localized_error: Option<Localizedmessage>,
    /// Trigger output that completed the invocation. Its schema is defined in the trigger definition.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub output: Option<serde_json::Map<String, serde_json::Value>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Completeinvocationinput {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Completeinvocationinput {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Completeinvocationinput {
    const NAME: &'static str = "Completeinvocationinput";

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
            "localizedError" => self.localized_error = map.next_value()?,
            "output" => self.output = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
