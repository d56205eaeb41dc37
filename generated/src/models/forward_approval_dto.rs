//! `ForwardApprovalDto`, from `beta/schemas/ForwardApprovalDto.yaml`.

/// `ForwardApprovalDto` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ForwardApprovalDto {
    /// The Id of the new owner
    #[serde(rename = "newOwnerId", default, deserialize_with = "crate::lenient::string")]
    pub new_owner_id: String,
    /// The comment provided by the forwarder
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub comment: String,
}

impl ForwardApprovalDto {
    /// Builds the value from its required fields.
    pub fn new(new_owner_id: impl Into<String>, comment: impl Into<String>) -> Self {
        ForwardApprovalDto {
            new_owner_id: new_owner_id.into(),
            comment: comment.into(),
        }
    }
}
