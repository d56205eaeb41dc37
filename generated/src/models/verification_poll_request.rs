//! `VerificationPollRequest`, from `v3/schemas/VerificationPollRequest.yaml`.

/// `VerificationPollRequest` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct VerificationPollRequest {
    /// Verification request Id
    #[serde(rename = "requestId", default, deserialize_with = "crate::lenient::string")]
    pub request_id: String,
}

impl VerificationPollRequest {
    /// Builds the value from its required fields.
    pub fn new(request_id: impl Into<String>) -> Self {
        VerificationPollRequest {
            request_id: request_id.into(),
        }
    }
}
