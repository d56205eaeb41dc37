//! `Streamstatusresponse`, from `apis/shared-signals-framework-ssf/schemas/streamstatusresponse.yaml`.

use crate::models::StreamstatusresponseStatus;

/// Stream status returned by GET/POST /ssf/streams/status.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Streamstatusresponse {
    /// Stream identifier.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub stream_id: Option<String>,
    /// Operational status of the stream (enabled, paused, or disabled).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<StreamstatusresponseStatus>,
    /// Optional reason for the current status (e.g. set when status is updated).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Streamstatusresponse {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Streamstatusresponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Streamstatusresponse {
    const NAME: &'static str = "Streamstatusresponse";

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
            "status" => self.status = map.next_value()?,
            "reason" => self.reason = map.next_value_seed(crate::lenient::TextOption)?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
