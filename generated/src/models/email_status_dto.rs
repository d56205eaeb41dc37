//! `EmailStatusDto`, from `beta/schemas/EmailStatusDto.yaml`.

use crate::models::EmailStatusDtoVerificationStatus;

/// `EmailStatusDto` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct EmailStatusDto {
    /// Unique identifier for the verified sender address
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub id: Option<String>,
    /// The verified sender email address
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub email: Option<String>,
    /// Whether the sender address is verified by domain
    #[serde(
        rename = "isVerifiedByDomain",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::boolean_option"
    )]
    pub is_verified_by_domain: Option<bool>,
    /// The verification status of the sender address
    #[serde(
        rename = "verificationStatus",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub verification_status: Option<EmailStatusDtoVerificationStatus>,
    /// The AWS SES region the sender address is associated with
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub region: Option<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl EmailStatusDto {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        EmailStatusDto {
            id: None,
            email: None,
            is_verified_by_domain: None,
            verification_status: None,
            region: None,
            additional_properties: Default::default(),
        }
    }
}
