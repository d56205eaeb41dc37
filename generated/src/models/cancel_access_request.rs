//! `CancelAccessRequest`, from `v3/schemas/CancelAccessRequest.yaml`.

/// Request body payload for cancel access request endpoint.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CancelAccessRequest {
    /// This refers to the identityRequestId. To successfully cancel an access request, you must provide the identityRequestId.
    #[serde(
        rename = "accountActivityId",
        default,
        deserialize_with = "crate::lenient::string"
    )]
    pub account_activity_id: String,
    /// Reason for cancelling the pending access request.
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub comment: String,
}

impl CancelAccessRequest {
    /// Builds the value from its required fields.
    pub fn new(
        account_activity_id: impl Into<String>,
        comment: impl Into<String>,
    ) -> Self {
        CancelAccessRequest {
            account_activity_id: account_activity_id.into(),
            comment: comment.into(),
        }
    }
}
