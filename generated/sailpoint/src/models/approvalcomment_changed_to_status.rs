//! `ApprovalcommentChangedToStatus`, from `apis/configuration-hub/schemas/approvalcomment.yaml#/properties/changedToStatus`.

/// Status transition of the draft.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ApprovalcommentChangedToStatus {
    /// `PENDING_APPROVAL`
    PendingApproval,
    /// `APPROVED`
    Approved,
    /// `REJECTED`
    Rejected,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl ApprovalcommentChangedToStatus {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            ApprovalcommentChangedToStatus::PendingApproval => "PENDING_APPROVAL",
            ApprovalcommentChangedToStatus::Approved => "APPROVED",
            ApprovalcommentChangedToStatus::Rejected => "REJECTED",
            ApprovalcommentChangedToStatus::Unknown(value) => value,
        }
    }
}

impl From<&str> for ApprovalcommentChangedToStatus {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "PENDING_APPROVAL" => ApprovalcommentChangedToStatus::PendingApproval,
            "APPROVED" => ApprovalcommentChangedToStatus::Approved,
            "REJECTED" => ApprovalcommentChangedToStatus::Rejected,
            other => ApprovalcommentChangedToStatus::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(ApprovalcommentChangedToStatus);
