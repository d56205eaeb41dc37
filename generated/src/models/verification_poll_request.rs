//! `VerificationPollRequest`, from `v3/schemas/VerificationPollRequest.yaml`.

/// `VerificationPollRequest` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct VerificationPollRequest {
    /// Verification request Id
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(rename = "requestId", default, deserialize_with = "crate::lenient::string")]
    pub request_id: String,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl VerificationPollRequest {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new(request_id: impl Into<String>) -> Self {
        VerificationPollRequest {
            request_id: request_id.into(),
            additional_properties: Default::default(),
        }
    }
}
