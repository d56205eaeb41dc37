//! `PendingApprovalAction`, from `beta/schemas/PendingApprovalAction.yaml`.

/// Enum represents action that is being processed on an approval.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum PendingApprovalAction {
    /// `APPROVED`
    Approved,
    /// `REJECTED`
    Rejected,
    /// `FORWARDED`
    Forwarded,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl PendingApprovalAction {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            PendingApprovalAction::Approved => "APPROVED",
            PendingApprovalAction::Rejected => "REJECTED",
            PendingApprovalAction::Forwarded => "FORWARDED",
            PendingApprovalAction::Unknown(value) => value,
        }
    }
}

impl From<&str> for PendingApprovalAction {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "APPROVED" => PendingApprovalAction::Approved,
            "REJECTED" => PendingApprovalAction::Rejected,
            "FORWARDED" => PendingApprovalAction::Forwarded,
            other => PendingApprovalAction::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(PendingApprovalAction);
