//! `ExampleOutputAccessRequestPreApproval`, from `beta/schemas/trigger/example-output/AccessRequestPreApproval.yaml`.

/// `ExampleOutputAccessRequestPreApproval` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ExampleOutputAccessRequestPreApproval {
    /// Whether or not to approve the access request.
    #[serde(default, deserialize_with = "crate::lenient::boolean")]
    pub approved: bool,
    /// A comment about the decision to approve or deny the request.
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub comment: String,
    /// The name of the entity that approved or denied the request.
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub approver: String,
}

impl ExampleOutputAccessRequestPreApproval {
    /// Builds the value from its required fields.
    pub fn new(
        approved: bool,
        comment: impl Into<String>,
        approver: impl Into<String>,
    ) -> Self {
        ExampleOutputAccessRequestPreApproval {
            approved,
            comment: comment.into(),
            approver: approver.into(),
        }
    }
}
