//! `Accountactivityapprovalstatus`, from `apis/account-activities/schemas/accountactivityapprovalstatus.yaml`.

/// The state of an approval status
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Accountactivityapprovalstatus {
    /// `FINISHED`
    Finished,
    /// `REJECTED`
    Rejected,
    /// `RETURNED`
    Returned,
    /// `EXPIRED`
    Expired,
    /// `PENDING`
    Pending,
    /// `CANCELED`
    Canceled,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl Accountactivityapprovalstatus {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Accountactivityapprovalstatus::Finished => "FINISHED",
            Accountactivityapprovalstatus::Rejected => "REJECTED",
            Accountactivityapprovalstatus::Returned => "RETURNED",
            Accountactivityapprovalstatus::Expired => "EXPIRED",
            Accountactivityapprovalstatus::Pending => "PENDING",
            Accountactivityapprovalstatus::Canceled => "CANCELED",
            Accountactivityapprovalstatus::Unknown(value) => value,
        }
    }
}

impl From<&str> for Accountactivityapprovalstatus {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "FINISHED" => Accountactivityapprovalstatus::Finished,
            "REJECTED" => Accountactivityapprovalstatus::Rejected,
            "RETURNED" => Accountactivityapprovalstatus::Returned,
            "EXPIRED" => Accountactivityapprovalstatus::Expired,
            "PENDING" => Accountactivityapprovalstatus::Pending,
            "CANCELED" => Accountactivityapprovalstatus::Canceled,
            other => Accountactivityapprovalstatus::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(Accountactivityapprovalstatus);
