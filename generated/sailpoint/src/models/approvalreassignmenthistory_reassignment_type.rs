//! `ApprovalreassignmenthistoryReassignmentType`, from `apis/approvals/schemas/approvalreassignmenthistory.yaml#/properties/reassignmentType`.

/// Type of reassignment, such as escalation or manual reassignment.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ApprovalreassignmenthistoryReassignmentType {
    /// `ESCALATION`
    Escalation,
    /// `MANUAL_REASSIGNMENT`
    ManualReassignment,
    /// `AUTO_REASSIGNMENT`
    AutoReassignment,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl ApprovalreassignmenthistoryReassignmentType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            ApprovalreassignmenthistoryReassignmentType::Escalation => "ESCALATION",
            ApprovalreassignmenthistoryReassignmentType::ManualReassignment => {
                "MANUAL_REASSIGNMENT"
            }
            ApprovalreassignmenthistoryReassignmentType::AutoReassignment => {
                "AUTO_REASSIGNMENT"
            }
            ApprovalreassignmenthistoryReassignmentType::Unknown(value) => value,
        }
    }
}

impl From<&str> for ApprovalreassignmenthistoryReassignmentType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "ESCALATION" => ApprovalreassignmenthistoryReassignmentType::Escalation,
            "MANUAL_REASSIGNMENT" => {
                ApprovalreassignmenthistoryReassignmentType::ManualReassignment
            }
            "AUTO_REASSIGNMENT" => {
                ApprovalreassignmenthistoryReassignmentType::AutoReassignment
            }
            other => {
                ApprovalreassignmenthistoryReassignmentType::Unknown(other.to_owned())
            }
        }
    }
}

crate::string_enum_impls!(ApprovalreassignmenthistoryReassignmentType);
