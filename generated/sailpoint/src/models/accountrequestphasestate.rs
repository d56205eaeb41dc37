//! `Accountrequestphasestate`, from `apis/account-deletion-requests/schemas/accountrequestphasestate.yaml`.

/// The current phase state of the account request, indicating its progress or outcome in the approval workflow.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Accountrequestphasestate {
    /// `PENDING`
    Pending,
    /// `CANCELLED`
    Cancelled,
    /// `APPROVED`
    Approved,
    /// `REJECTED`
    Rejected,
    /// `PASSED`
    Passed,
    /// `FAILED`
    Failed,
    /// `NOT_STARTED`
    NotStarted,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl Accountrequestphasestate {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Accountrequestphasestate::Pending => "PENDING",
            Accountrequestphasestate::Cancelled => "CANCELLED",
            Accountrequestphasestate::Approved => "APPROVED",
            Accountrequestphasestate::Rejected => "REJECTED",
            Accountrequestphasestate::Passed => "PASSED",
            Accountrequestphasestate::Failed => "FAILED",
            Accountrequestphasestate::NotStarted => "NOT_STARTED",
            Accountrequestphasestate::Unknown(value) => value,
        }
    }
}

impl From<&str> for Accountrequestphasestate {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "PENDING" => Accountrequestphasestate::Pending,
            "CANCELLED" => Accountrequestphasestate::Cancelled,
            "APPROVED" => Accountrequestphasestate::Approved,
            "REJECTED" => Accountrequestphasestate::Rejected,
            "PASSED" => Accountrequestphasestate::Passed,
            "FAILED" => Accountrequestphasestate::Failed,
            "NOT_STARTED" => Accountrequestphasestate::NotStarted,
            other => Accountrequestphasestate::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(Accountrequestphasestate);
