//! `ResponseActionCreateRequestVariant2`, from `apis/intelligence/schemas/response-action-create-request.yaml#/oneOf/1`.

use crate::models::ResponseActionCreateRequestVariant2ActionType;

/// `ResponseActionCreateRequestVariant2` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct ResponseActionCreateRequestVariant2 {
    #[serde(rename = "actionType", skip_serializing_if = "Option::is_none")]
    pub action_type: Option<ResponseActionCreateRequestVariant2ActionType>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl ResponseActionCreateRequestVariant2 {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for ResponseActionCreateRequestVariant2 {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for ResponseActionCreateRequestVariant2 {
    const NAME: &'static str = "ResponseActionCreateRequestVariant2";

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
            "actionType" => self.action_type = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
