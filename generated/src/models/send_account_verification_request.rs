//! `SendAccountVerificationRequest`, from `beta/schemas/SendAccountVerificationRequest.yaml`.

use crate::models::SendAccountVerificationRequestVia;

/// `SendAccountVerificationRequest` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
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
    pub via: SendAccountVerificationRequestVia,
}

impl SendAccountVerificationRequest {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new(via: SendAccountVerificationRequestVia) -> Self {
        SendAccountVerificationRequest {
            source_name: None,
            via,
        }
    }
}
