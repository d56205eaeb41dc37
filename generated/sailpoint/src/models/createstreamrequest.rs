//! `Createstreamrequest`, from `apis/shared-signals-framework-ssf/schemas/createstreamrequest.yaml`.

use crate::models::Createstreamdeliveryrequest;

/// Request body for POST /ssf/streams (create stream).
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Createstreamrequest {
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub delivery: Option<Createstreamdeliveryrequest>,
    /// Optional list of event types the receiver wants. Use CAEP event-type URIs in the form:
    /// `https://schemas.openid.net/secevent/caep/event-type/{event-type}` (e.g. session revoke).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub events_requested: Option<Vec<String>>,
    /// Optional human-readable description of the stream.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Createstreamrequest {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(delivery: Createstreamdeliveryrequest) -> Self {
        Createstreamrequest {
            delivery: Some(delivery),
            events_requested: None,
            description: None,
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for Createstreamrequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Createstreamrequest {
    const NAME: &'static str = "Createstreamrequest";

    #[inline]
    fn empty() -> Self {
        Createstreamrequest {
            delivery: None,
            events_requested: None,
            description: None,
            additional_properties: Default::default(),
        }
    }

    fn member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::object::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match &*key {
            "delivery" => self.delivery = map.next_value()?,
            "events_requested" => self.events_requested = map.next_value()?,
            "description" => {
                self.description = map.next_value_seed(crate::lenient::TextOption)?;
            }
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
