//! `AccessRequested`, from `beta/schemas/AccessRequested.yaml`.

use crate::models::AccessRequestResponse;

/// `AccessRequested` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct AccessRequested {
    /// the access request details
    ///
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(rename = "accessRequest", default, skip_serializing_if = "Option::is_none")]
    pub access_request: Option<AccessRequestResponse>,
    /// the identity id
    #[serde(
        rename = "identityId",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub identity_id: Option<String>,
    /// the event type
    #[serde(
        rename = "eventType",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub event_type: Option<String>,
    /// the date of event
    #[serde(
        rename = "dateTime",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub date_time: Option<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl AccessRequested {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new(access_request: AccessRequestResponse) -> Self {
        AccessRequested {
            access_request: Some(access_request),
            identity_id: None,
            event_type: None,
            date_time: None,
            additional_properties: Default::default(),
        }
    }
}
