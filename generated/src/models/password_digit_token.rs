//! `PasswordDigitToken`, from `beta/schemas/PasswordDigitToken.yaml`.

/// `PasswordDigitToken` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct PasswordDigitToken {
    /// The digit token for password management
    #[serde(
        rename = "digitToken",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub digit_token: Option<String>,
    /// The reference ID of the digit token generation request
    #[serde(
        rename = "requestId",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub request_id: Option<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl PasswordDigitToken {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        PasswordDigitToken {
            digit_token: None,
            request_id: None,
            additional_properties: Default::default(),
        }
    }
}
