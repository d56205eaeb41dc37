//! `NonEmployeeRejectApprovalDecision`, from `beta/schemas/NonEmployeeRejectApprovalDecision.yaml`.

/// `NonEmployeeRejectApprovalDecision` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct NonEmployeeRejectApprovalDecision {
    /// Comment on the approval item.
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub comment: String,
}

impl NonEmployeeRejectApprovalDecision {
    /// Builds the value from its required fields.
    pub fn new(comment: impl Into<String>) -> Self {
        NonEmployeeRejectApprovalDecision {
            comment: comment.into(),
        }
    }
}
