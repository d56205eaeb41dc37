//! `ResponseActionAccepted`, from `apis/intelligence/schemas/response-action-accepted.yaml`.

use crate::models::ResponseActionAcceptedStatus;

/// Acknowledgement returned when a response action is accepted for asynchronous processing.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct ResponseActionAccepted {
    /// Tracking handle and correlation id for the response action.
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(rename = "requestId")]
    pub request_id: String,
    /// Aggregate status of the response action. SUBMITTED at creation (registered; no correlated workflow execution observed yet).
    ///
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<ResponseActionAcceptedStatus>,
    /// Relative URL to poll for the current status of the response action.
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(rename = "statusUrl")]
    pub status_url: String,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl ResponseActionAccepted {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(
        request_id: impl Into<String>,
        status: ResponseActionAcceptedStatus,
        status_url: impl Into<String>,
    ) -> Self {
        ResponseActionAccepted {
            request_id: request_id.into(),
            status: Some(status),
            status_url: status_url.into(),
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for ResponseActionAccepted {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for ResponseActionAccepted {
    const NAME: &'static str = "ResponseActionAccepted";

    #[inline]
    fn empty() -> Self {
        ResponseActionAccepted {
            request_id: Default::default(),
            status: None,
            status_url: Default::default(),
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
            "status" => self.status = map.next_value()?,
            "statusUrl" => self.status_url = map.next_value_seed(crate::lenient::Text)?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
