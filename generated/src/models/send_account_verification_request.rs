//! `SendAccountVerificationRequest`, from `beta/schemas/SendAccountVerificationRequest.yaml`.

use crate::models::SendAccountVerificationRequestVia;

/// `SendAccountVerificationRequest` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SendAccountVerificationRequest {
    /// The source name where identity account password should be reset
    #[serde(
        rename = "sourceName",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub source_name: Option<String>,
    /// The method to send notification
    ///
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub via: Option<SendAccountVerificationRequestVia>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl SendAccountVerificationRequest {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new(via: SendAccountVerificationRequestVia) -> Self {
        SendAccountVerificationRequest {
            source_name: None,
            via: Some(via),
            additional_properties: Default::default(),
        }
    }
}
