//! `AccessRequestedPayload`, from `openapi.yaml#/components/schemas/AccessRequestedPayload`.

use crate::models::Owner;

/// Payload of the access-requested webhook.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct AccessRequestedPayload {
    /// Id of the access request.
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(rename = "requestId")]
    pub request_id: String,
    #[serde(rename = "requestedFor", skip_serializing_if = "Option::is_none")]
    pub requested_for: Option<Vec<Owner>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl AccessRequestedPayload {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(request_id: impl Into<String>) -> Self {
        AccessRequestedPayload {
            request_id: request_id.into(),
            requested_for: None,
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for AccessRequestedPayload {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for AccessRequestedPayload {
    const NAME: &'static str = "AccessRequestedPayload";

    #[inline]
    fn empty() -> Self {
        AccessRequestedPayload {
            request_id: Default::default(),
            requested_for: None,
            additional_properties: Default::default(),
        }
    }

    fn member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::object::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match &*key {
            "requestId" => self.request_id = map.next_value_seed(crate::lenient::Text)?,
            "requestedFor" => self.requested_for = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
