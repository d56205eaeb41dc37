//! `SendTokenResponse`, from `v3/schemas/SendTokenResponse.yaml`.

use crate::models::SendTokenResponseStatus;

/// `SendTokenResponse` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct SendTokenResponse {
    /// The token request ID
    #[serde(rename = "requestId", skip_serializing_if = "Option::is_none")]
    pub request_id: Option<String>,
    /// Status of sending token
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<SendTokenResponseStatus>,
    /// Error messages from token send request
    #[serde(rename = "errorMessage", skip_serializing_if = "Option::is_none")]
    pub error_message: Option<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl SendTokenResponse {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for SendTokenResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for SendTokenResponse {
    const NAME: &'static str = "SendTokenResponse";

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
            "requestId" => {
                self.request_id = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "status" => self.status = map.next_value()?,
            "errorMessage" => {
                self.error_message = map.next_value_seed(crate::lenient::TextOption)?;
            }
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
