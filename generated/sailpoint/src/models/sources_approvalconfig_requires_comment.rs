//! `SourcesApprovalconfigRequiresComment`, from `apis/sources/schemas/approvalconfig.yaml#/properties/requiresComment`.

/// Determines whether a comment is required when approving or rejecting the approval request.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum SourcesApprovalconfigRequiresComment {
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

impl SourcesApprovalconfigRequiresComment {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            SourcesApprovalconfigRequiresComment::Approval => "APPROVAL",
            SourcesApprovalconfigRequiresComment::Rejection => "REJECTION",
            SourcesApprovalconfigRequiresComment::All => "ALL",
            SourcesApprovalconfigRequiresComment::Off => "OFF",
            SourcesApprovalconfigRequiresComment::Unknown(value) => value,
        }
    }
}

impl From<&str> for SourcesApprovalconfigRequiresComment {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "APPROVAL" => SourcesApprovalconfigRequiresComment::Approval,
            "REJECTION" => SourcesApprovalconfigRequiresComment::Rejection,
            "ALL" => SourcesApprovalconfigRequiresComment::All,
            "OFF" => SourcesApprovalconfigRequiresComment::Off,
            other => SourcesApprovalconfigRequiresComment::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(SourcesApprovalconfigRequiresComment);
