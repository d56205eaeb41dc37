//! `AccessRequestedPayload`, from `openapi.yaml#/components/schemas/AccessRequestedPayload`.

use crate::models::Owner;

/// Payload of the access-requested webhook.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct AccessRequestedPayload {
    /// Id of the access request.
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(rename = "requestId", default, deserialize_with = "crate::lenient::string")]
    pub request_id: String,
    #[serde(rename = "requestedFor", default, skip_serializing_if = "Option::is_none")]
    pub requested_for: Option<Vec<Owner>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl AccessRequestedPayload {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new(request_id: impl Into<String>) -> Self {
        AccessRequestedPayload {
            request_id: request_id.into(),
            requested_for: None,
            additional_properties: Default::default(),
        }
    }
}
