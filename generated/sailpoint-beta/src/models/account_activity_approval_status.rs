//! `AccountActivityApprovalStatus`, from `v3/schemas/AccountActivityApprovalStatus.yaml`.

/// The state of an approval status
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum AccountActivityApprovalStatus {
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

impl AccountActivityApprovalStatus {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            AccountActivityApprovalStatus::Finished => "FINISHED",
            AccountActivityApprovalStatus::Rejected => "REJECTED",
            AccountActivityApprovalStatus::Returned => "RETURNED",
            AccountActivityApprovalStatus::Expired => "EXPIRED",
            AccountActivityApprovalStatus::Pending => "PENDING",
            AccountActivityApprovalStatus::Canceled => "CANCELED",
            AccountActivityApprovalStatus::Unknown(value) => value,
        }
    }
}

impl From<&str> for AccountActivityApprovalStatus {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "FINISHED" => AccountActivityApprovalStatus::Finished,
            "REJECTED" => AccountActivityApprovalStatus::Rejected,
            "RETURNED" => AccountActivityApprovalStatus::Returned,
            "EXPIRED" => AccountActivityApprovalStatus::Expired,
            "PENDING" => AccountActivityApprovalStatus::Pending,
            "CANCELED" => AccountActivityApprovalStatus::Canceled,
            other => AccountActivityApprovalStatus::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(AccountActivityApprovalStatus);
