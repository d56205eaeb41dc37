//! `DuoVerificationRequest`, from `v3/schemas/DuoVerificationRequest.yaml`.

/// `DuoVerificationRequest` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct DuoVerificationRequest {
    /// User id for Verification request.
    #[serde(rename = "userId", default, deserialize_with = "crate::lenient::string")]
    pub user_id: String,
    /// User id for Verification request.
    #[serde(
        rename = "signedResponse",
        default,
        deserialize_with = "crate::lenient::string"
    )]
    pub signed_response: String,
}

impl DuoVerificationRequest {
    /// Builds the value from its required fields.
    pub fn new(user_id: impl Into<String>, signed_response: impl Into<String>) -> Self {
        DuoVerificationRequest {
            user_id: user_id.into(),
            signed_response: signed_response.into(),
        }
    }
}
