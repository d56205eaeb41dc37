//! `Pong`, from `openapi.yaml#/components/schemas/Pong`.

use crate::models::Ping;

/// References Ping, which references Pong.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Pong {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ping: Option<Box<Ping>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Pong {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Pong {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Pong {
    const NAME: &'static str = "Pong";

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
            "ping" => self.ping = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
