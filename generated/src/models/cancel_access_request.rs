//! `CancelAccessRequest`, from `v3/schemas/CancelAccessRequest.yaml`.

/// Request body payload for cancel access request endpoint.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct CancelAccessRequest {
    /// This refers to the identityRequestId. To successfully cancel an access request, you must provide the identityRequestId.
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(
        rename = "accountActivityId",
        default,
        deserialize_with = "crate::lenient::string"
    )]
    pub account_activity_id: String,
    /// Reason for cancelling the pending access request.
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub comment: String,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl CancelAccessRequest {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new(
        account_activity_id: impl Into<String>,
        comment: impl Into<String>,
    ) -> Self {
        CancelAccessRequest {
            account_activity_id: account_activity_id.into(),
            comment: comment.into(),
            additional_properties: Default::default(),
        }
    }
}
