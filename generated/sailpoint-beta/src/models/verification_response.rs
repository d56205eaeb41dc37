//! `VerificationResponse`, from `v3/schemas/VerificationResponse.yaml`.

use crate::models::VerificationResponseStatus;

/// `VerificationResponse` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct VerificationResponse {
    /// The verificationPollRequest request ID
    #[serde(rename = "requestId", skip_serializing_if = "Option::is_none")]
    pub request_id: Option<String>,
    /// MFA Authentication status
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<VerificationResponseStatus>,
    /// Error messages from MFA verification request
    #[serde(skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl VerificationResponse {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for VerificationResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for VerificationResponse {
    const NAME: &'static str = "VerificationResponse";

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
            "error" => self.error = map.next_value_seed(crate::lenient::TextOption)?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
