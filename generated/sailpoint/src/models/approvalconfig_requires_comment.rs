//! `ApprovalconfigRequiresComment`, from `apis/approvals/schemas/approvalconfig.yaml#/properties/requiresComment`.

/// Determines whether a comment is required when approving or rejecting the approval request.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ApprovalconfigRequiresComment {
    /// `APPROVAL`
    Approval,
    /// `REJECTION`
    Rejection,
    /// `ALL`
    All,
    /// `OFF`
    Off,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl ApprovalconfigRequiresComment {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            ApprovalconfigRequiresComment::Approval => "APPROVAL",
            ApprovalconfigRequiresComment::Rejection => "REJECTION",
            ApprovalconfigRequiresComment::All => "ALL",
            ApprovalconfigRequiresComment::Off => "OFF",
            ApprovalconfigRequiresComment::Unknown(value) => value,
        }
    }
}

impl From<&str> for ApprovalconfigRequiresComment {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "APPROVAL" => ApprovalconfigRequiresComment::Approval,
            "REJECTION" => ApprovalconfigRequiresComment::Rejection,
            "ALL" => ApprovalconfigRequiresComment::All,
            "OFF" => ApprovalconfigRequiresComment::Off,
            other => ApprovalconfigRequiresComment::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(ApprovalconfigRequiresComment);
