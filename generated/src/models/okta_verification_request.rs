//! `OktaVerificationRequest`, from `v3/schemas/OktaVerificationRequest.yaml`.

/// `OktaVerificationRequest` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct OktaVerificationRequest {
    /// User identifier for Verification request. The value of the user's attribute.
    #[serde(rename = "userId", default, deserialize_with = "crate::lenient::string")]
    pub user_id: String,
}

impl OktaVerificationRequest {
    /// Builds the value from its required fields.
    pub fn new(user_id: impl Into<String>) -> Self {
        OktaVerificationRequest {
            user_id: user_id.into(),
        }
    }
}
