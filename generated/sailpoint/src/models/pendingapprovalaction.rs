//! `Pendingapprovalaction`, from `apis/access-request-approvals/schemas/pendingapprovalaction.yaml`.

/// Enum represents action that is being processed on an approval.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Pendingapprovalaction {
    /// `APPROVED`
    Approved,
    /// `REJECTED`
    Rejected,
    /// `FORWARDED`
    Forwarded,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl Pendingapprovalaction {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Pendingapprovalaction::Approved => "APPROVED",
            Pendingapprovalaction::Rejected => "REJECTED",
            Pendingapprovalaction::Forwarded => "FORWARDED",
            Pendingapprovalaction::Unknown(value) => value,
        }
    }
}

impl From<&str> for Pendingapprovalaction {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "APPROVED" => Pendingapprovalaction::Approved,
            "REJECTED" => Pendingapprovalaction::Rejected,
            "FORWARDED" => Pendingapprovalaction::Forwarded,
            other => Pendingapprovalaction::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(Pendingapprovalaction);
