//! `ApprovalconfigTimeoutConfigTimeoutResult`, from `apis/approvals/schemas/approvalconfig.yaml#/properties/timeoutConfig/properties/timeoutResult`.

/// Result of timeout.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ApprovalconfigTimeoutConfigTimeoutResult {
    /// `EXPIRED`
    Expired,
    /// `APPROVED`
    Approved,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl ApprovalconfigTimeoutConfigTimeoutResult {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            ApprovalconfigTimeoutConfigTimeoutResult::Expired => "EXPIRED",
            ApprovalconfigTimeoutConfigTimeoutResult::Approved => "APPROVED",
            ApprovalconfigTimeoutConfigTimeoutResult::Unknown(value) => value,
        }
    }
}

impl From<&str> for ApprovalconfigTimeoutConfigTimeoutResult {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "EXPIRED" => ApprovalconfigTimeoutConfigTimeoutResult::Expired,
            "APPROVED" => ApprovalconfigTimeoutConfigTimeoutResult::Approved,
            other => ApprovalconfigTimeoutConfigTimeoutResult::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(ApprovalconfigTimeoutConfigTimeoutResult);
