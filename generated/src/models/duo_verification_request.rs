//! `DuoVerificationRequest`, from `v3/schemas/DuoVerificationRequest.yaml`.

/// `DuoVerificationRequest` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct DuoVerificationRequest {
    /// User id for Verification request.
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(rename = "userId", default, deserialize_with = "crate::lenient::string")]
    pub user_id: String,
    /// User id for Verification request.
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(
        rename = "signedResponse",
        default,
        deserialize_with = "crate::lenient::string"
    )]
    pub signed_response: String,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl DuoVerificationRequest {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new(user_id: impl Into<String>, signed_response: impl Into<String>) -> Self {
        DuoVerificationRequest {
            user_id: user_id.into(),
            signed_response: signed_response.into(),
            additional_properties: Default::default(),
        }
    }
}
