//! `KbaAuthResponse`, from `v3/schemas/KbaAuthResponse.yaml`.

use crate::models::{KbaAuthResponseItem, KbaAuthResponseStatus};

/// `KbaAuthResponse` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct KbaAuthResponse {
    #[serde(rename = "kbaAuthResponseItems", skip_serializing_if = "Option::is_none")]
    pub kba_auth_response_items: Option<Vec<KbaAuthResponseItem>>,
    /// MFA Authentication status
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<KbaAuthResponseStatus>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl KbaAuthResponse {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for KbaAuthResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for KbaAuthResponse {
    const NAME: &'static str = "KbaAuthResponse";

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
            "kbaAuthResponseItems" => self.kba_auth_response_items = map.next_value()?,
            "status" => self.status = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
