//! `AccessRequestedPayload`, from `openapi.yaml#/components/schemas/AccessRequestedPayload`.

use crate::models::Owner;

/// Payload of the access-requested webhook.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct AccessRequestedPayload {
    /// Id of the access request.
    #[serde(rename = "requestId", default, deserialize_with = "crate::lenient::string")]
    pub request_id: String,
    #[serde(rename = "requestedFor", default, skip_serializing_if = "Option::is_none")]
    pub requested_for: Option<Vec<Owner>>,
}

impl AccessRequestedPayload {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new(request_id: impl Into<String>) -> Self {
        AccessRequestedPayload {
            request_id: request_id.into(),
            requested_for: None,
        }
    }
}
