//! `PendingapprovalMaxPermittedAccessDurationTimeUnit`, from `apis/access-request-approvals/schemas/pendingapproval.yaml#/properties/maxPermittedAccessDuration/properties/timeUnit`.

/// The time unit for the duration.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum PendingapprovalMaxPermittedAccessDurationTimeUnit {
    /// `HOURS`
    Hours,
    /// `DAYS`
    Days,
    /// `WEEKS`
    Weeks,
    /// `MONTHS`
    Months,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl PendingapprovalMaxPermittedAccessDurationTimeUnit {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            PendingapprovalMaxPermittedAccessDurationTimeUnit::Hours => "HOURS",
            PendingapprovalMaxPermittedAccessDurationTimeUnit::Days => "DAYS",
            PendingapprovalMaxPermittedAccessDurationTimeUnit::Weeks => "WEEKS",
            PendingapprovalMaxPermittedAccessDurationTimeUnit::Months => "MONTHS",
            PendingapprovalMaxPermittedAccessDurationTimeUnit::Unknown(value) => value,
        }
    }
}

impl From<&str> for PendingapprovalMaxPermittedAccessDurationTimeUnit {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "HOURS" => PendingapprovalMaxPermittedAccessDurationTimeUnit::Hours,
            "DAYS" => PendingapprovalMaxPermittedAccessDurationTimeUnit::Days,
            "WEEKS" => PendingapprovalMaxPermittedAccessDurationTimeUnit::Weeks,
            "MONTHS" => PendingapprovalMaxPermittedAccessDurationTimeUnit::Months,
            other => {
                PendingapprovalMaxPermittedAccessDurationTimeUnit::Unknown(
                    other.to_owned(),
                )
            }
        }
    }
}

crate::string_enum_impls!(PendingapprovalMaxPermittedAccessDurationTimeUnit);
