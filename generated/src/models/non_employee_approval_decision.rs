//! `NonEmployeeApprovalDecision`, from `beta/schemas/NonEmployeeApprovalDecision.yaml`.

/// `NonEmployeeApprovalDecision` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct NonEmployeeApprovalDecision {
    /// Comment on the approval item.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub comment: Option<String>,
}

impl NonEmployeeApprovalDecision {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        NonEmployeeApprovalDecision {
            comment: None,
        }
    }
}
