//! `Updatestreamstatusrequest`, from `apis/shared-signals-framework-ssf/schemas/updatestreamstatusrequest.yaml`.

use crate::models::UpdatestreamstatusrequestStatus;

/// Request body for POST /ssf/streams/status.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Updatestreamstatusrequest {
    /// ID of the stream whose status to update.
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub stream_id: String,
    /// Desired stream status.
    ///
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<UpdatestreamstatusrequestStatus>,
    /// Optional reason for the status change.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Updatestreamstatusrequest {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(
        stream_id: impl Into<String>,
        status: UpdatestreamstatusrequestStatus,
    ) -> Self {
        Updatestreamstatusrequest {
            stream_id: stream_id.into(),
            status: Some(status),
            reason: None,
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for Updatestreamstatusrequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Updatestreamstatusrequest {
    const NAME: &'static str = "Updatestreamstatusrequest";

    #[inline]
    fn empty() -> Self {
        Updatestreamstatusrequest {
            stream_id: Default::default(),
            status: None,
            reason: None,
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
            "status" => self.status = map.next_value()?,
            "reason" => self.reason = map.next_value_seed(crate::lenient::TextOption)?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
