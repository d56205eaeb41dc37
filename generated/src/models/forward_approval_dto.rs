//! `ForwardApprovalDto`, from `beta/schemas/ForwardApprovalDto.yaml`.

/// `ForwardApprovalDto` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ForwardApprovalDto {
    /// The Id of the new owner
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(rename = "newOwnerId", default, deserialize_with = "crate::lenient::string")]
    pub new_owner_id: String,
    /// The comment provided by the forwarder
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub comment: String,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl ForwardApprovalDto {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new(new_owner_id: impl Into<String>, comment: impl Into<String>) -> Self {
        ForwardApprovalDto {
            new_owner_id: new_owner_id.into(),
            comment: comment.into(),
            additional_properties: Default::default(),
        }
    }
}
