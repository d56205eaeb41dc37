//! `MessageCatalogDto`, from `beta/schemas/MessageCatalogDto.yaml`.

use crate::models::ResourceBundleMessage;

/// `MessageCatalogDto` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct MessageCatalogDto {
    /// The language in which the messages are returned
    #[serde(skip_serializing_if = "Option::is_none")]
    pub locale: Option<String>,
    /// The list of message with their keys and formats
    #[serde(skip_serializing_if = "Option::is_none")]
    pub messages: Option<Vec<ResourceBundleMessage>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl MessageCatalogDto {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for MessageCatalogDto {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for MessageCatalogDto {
    const NAME: &'static str = "MessageCatalogDto";

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
            "locale" => self.locale = map.next_value_seed(crate::lenient::TextOption)?,
            "messages" => self.messages = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
