//! `OktaVerificationRequest`, from `v3/schemas/OktaVerificationRequest.yaml`.

/// `OktaVerificationRequest` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct OktaVerificationRequest {
    /// User identifier for Verification request. The value of the user's attribute.
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(rename = "userId", default, deserialize_with = "crate::lenient::string")]
    pub user_id: String,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl OktaVerificationRequest {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new(user_id: impl Into<String>) -> Self {
        OktaVerificationRequest {
            user_id: user_id.into(),
            additional_properties: Default::default(),
        }
    }
}
