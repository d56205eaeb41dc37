//! `Approvalstatus`, from `apis/non-employee-lifecycle-management/schemas/approvalstatus.yaml`.

/// Enum representing the non-employee request approval status
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Approvalstatus {
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

impl Approvalstatus {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Approvalstatus::Approved => "APPROVED",
            Approvalstatus::Rejected => "REJECTED",
            Approvalstatus::Pending => "PENDING",
            Approvalstatus::NotReady => "NOT_READY",
            Approvalstatus::Cancelled => "CANCELLED",
            Approvalstatus::Unknown(value) => value,
        }
    }
}

impl From<&str> for Approvalstatus {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "APPROVED" => Approvalstatus::Approved,
            "REJECTED" => Approvalstatus::Rejected,
            "PENDING" => Approvalstatus::Pending,
            "NOT_READY" => Approvalstatus::NotReady,
            "CANCELLED" => Approvalstatus::Cancelled,
            other => Approvalstatus::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(Approvalstatus);
