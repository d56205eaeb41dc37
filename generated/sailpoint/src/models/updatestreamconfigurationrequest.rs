//! `Updatestreamconfigurationrequest`, from `apis/shared-signals-framework-ssf/schemas/updatestreamconfigurationrequest.yaml`.

use crate::models::Deliveryrequest;

/// Request body for PATCH /ssf/streams (partial update).
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Updatestreamconfigurationrequest {
    /// ID of the stream to update.
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub stream_id: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub delivery: Option<Deliveryrequest>,
    /// Event types the receiver wants. Use CAEP event-type URIs.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub events_requested: Option<Vec<String>>,
    /// Optional human-readable description of the stream.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Updatestreamconfigurationrequest {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(stream_id: impl Into<String>) -> Self {
        Updatestreamconfigurationrequest {
            stream_id: stream_id.into(),
            delivery: None,
            events_requested: None,
            description: None,
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for Updatestreamconfigurationrequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Updatestreamconfigurationrequest {
    const NAME: &'static str = "Updatestreamconfigurationrequest";

    #[inline]
    fn empty() -> Self {
        Updatestreamconfigurationrequest {
            stream_id: Default::default(),
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
            "stream_id" => self.stream_id = map.next_value_seed(crate::lenient::Text)?,
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
