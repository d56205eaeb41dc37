//! `SourcesApprovalconfigTimeoutConfigTimeoutResult`, from `apis/sources/schemas/approvalconfig.yaml#/properties/timeoutConfig/properties/timeoutResult`.

/// Result of timeout.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum SourcesApprovalconfigTimeoutConfigTimeoutResult {
    /// `EXPIRED`
    Expired,
    /// `APPROVED`
    Approved,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl SourcesApprovalconfigTimeoutConfigTimeoutResult {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            SourcesApprovalconfigTimeoutConfigTimeoutResult::Expired => "EXPIRED",
            SourcesApprovalconfigTimeoutConfigTimeoutResult::Approved => "APPROVED",
            SourcesApprovalconfigTimeoutConfigTimeoutResult::Unknown(value) => value,
        }
    }
}

impl From<&str> for SourcesApprovalconfigTimeoutConfigTimeoutResult {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "EXPIRED" => SourcesApprovalconfigTimeoutConfigTimeoutResult::Expired,
            "APPROVED" => SourcesApprovalconfigTimeoutConfigTimeoutResult::Approved,
            other => {
                SourcesApprovalconfigTimeoutConfigTimeoutResult::Unknown(
                    other.to_owned(),
                )
            }
        }
    }
}

crate::string_enum_impls!(SourcesApprovalconfigTimeoutConfigTimeoutResult);
