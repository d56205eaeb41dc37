//! `Streamconfigresponse`, from `apis/shared-signals-framework-ssf/schemas/streamconfigresponse.yaml`.

use crate::models::Deliveryresponse;

/// Full stream configuration returned by create/get/update/replace.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Streamconfigresponse {
    /// Unique stream identifier.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub stream_id: Option<String>,
    /// Issuer (transmitter) URL.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub iss: Option<String>,
    /// Audience for the stream.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub aud: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub delivery: Option<Deliveryresponse>,
    /// Event types supported by the transmitter. Use CAEP event-type URIs in the form:
    /// `https://schemas.openid.net/secevent/caep/event-type/{event-type}` (e.g. session-revoked).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub events_supported: Option<Vec<String>>,
    /// Event types requested by the receiver. Use CAEP event-type URIs in the form:
    /// `https://schemas.openid.net/secevent/caep/event-type/{event-type}` (e.g. session revoke).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub events_requested: Option<Vec<String>>,
    /// Event types currently being delivered (intersection of supported and requested).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub events_delivered: Option<Vec<String>>,
    /// Optional stream description.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Inactivity timeout in seconds (optional).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub inactivity_timeout: Option<i32>,
    /// Minimum verification interval in seconds (optional).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub min_verification_interval: Option<i32>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Streamconfigresponse {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Streamconfigresponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Streamconfigresponse {
    const NAME: &'static str = "Streamconfigresponse";

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
            "stream_id" => {
                self.stream_id = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "iss" => self.iss = map.next_value_seed(crate::lenient::TextOption)?,
            "aud" => self.aud = map.next_value_seed(crate::lenient::TextOption)?,
            "delivery" => self.delivery = map.next_value()?,
            "events_supported" => self.events_supported = map.next_value()?,
            "events_requested" => self.events_requested = map.next_value()?,
            "events_delivered" => self.events_delivered = map.next_value()?,
            "description" => {
                self.description = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "inactivity_timeout" => self.inactivity_timeout = map.next_value()?,
            "min_verification_interval" => {
                self.min_verification_interval = map.next_value()?;
            }
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
