//! `FormError`, from `beta/schemas/forms/FormError.yaml`.

use crate::models::ErrorMessage;

/// `FormError` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct FormError {
    /// Key is the technical key
    #[serde(skip_serializing_if = "Option::is_none")]
    pub key: Option<String>,
    /// Messages is a list of web.ErrorMessage items
    #[serde(skip_serializing_if = "Option::is_none")]
    pub messages: Option<Vec<ErrorMessage>>,
    /// Value is the value associated with a Key
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value: Option<serde_json::Value>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl FormError {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for FormError {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for FormError {
    const NAME: &'static str = "FormError";

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
            "key" => self.key = map.next_value_seed(crate::lenient::TextOption)?,
            "messages" => self.messages = map.next_value()?,
            "value" => self.value = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
