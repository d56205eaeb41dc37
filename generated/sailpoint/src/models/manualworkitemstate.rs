//! `Manualworkitemstate`, from `apis/access-requests/schemas/manualworkitemstate.yaml`.

/// Indicates the state of the request processing for this item:
/// * PENDING: The request for this item is awaiting processing.
/// * APPROVED: The request for this item has been approved.
/// * REJECTED: The request for this item was rejected.
/// * EXPIRED: The request for this item expired with no action taken.
/// * CANCELLED: The request for this item was cancelled with no user action.
/// * ARCHIVED: The request for this item has been archived after completion.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Manualworkitemstate {
    /// `PENDING`
    Pending,
    /// `APPROVED`
    Approved,
    /// `REJECTED`
    Rejected,
    /// `EXPIRED`
    Expired,
    /// `CANCELLED`
    Cancelled,
    /// `ARCHIVED`
    Archived,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl Manualworkitemstate {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Manualworkitemstate::Pending => "PENDING",
            Manualworkitemstate::Approved => "APPROVED",
            Manualworkitemstate::Rejected => "REJECTED",
            Manualworkitemstate::Expired => "EXPIRED",
            Manualworkitemstate::Cancelled => "CANCELLED",
            Manualworkitemstate::Archived => "ARCHIVED",
            Manualworkitemstate::Unknown(value) => value,
        }
    }
}

impl From<&str> for Manualworkitemstate {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "PENDING" => Manualworkitemstate::Pending,
            "APPROVED" => Manualworkitemstate::Approved,
            "REJECTED" => Manualworkitemstate::Rejected,
            "EXPIRED" => Manualworkitemstate::Expired,
            "CANCELLED" => Manualworkitemstate::Cancelled,
            "ARCHIVED" => Manualworkitemstate::Archived,
            other => Manualworkitemstate::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(Manualworkitemstate);
