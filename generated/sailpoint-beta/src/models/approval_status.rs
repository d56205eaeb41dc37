//! `ApprovalStatus`, from `beta/schemas/ApprovalStatus.yaml`.

/// Enum representing the non-employee request approval status
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ApprovalStatus {
    /// `APPROVED`
    Approved,
    /// `REJECTED`
    Rejected,
    /// `PENDING`
    Pending,
    /// `NOT_READY`
    NotReady,
    /// `CANCELLED`
    Cancelled,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl ApprovalStatus {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            ApprovalStatus::Approved => "APPROVED",
            ApprovalStatus::Rejected => "REJECTED",
            ApprovalStatus::Pending => "PENDING",
            ApprovalStatus::NotReady => "NOT_READY",
            ApprovalStatus::Cancelled => "CANCELLED",
            ApprovalStatus::Unknown(value) => value,
        }
    }
}

impl From<&str> for ApprovalStatus {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "APPROVED" => ApprovalStatus::Approved,
            "REJECTED" => ApprovalStatus::Rejected,
            "PENDING" => ApprovalStatus::Pending,
            "NOT_READY" => ApprovalStatus::NotReady,
            "CANCELLED" => ApprovalStatus::Cancelled,
            other => ApprovalStatus::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(ApprovalStatus);
