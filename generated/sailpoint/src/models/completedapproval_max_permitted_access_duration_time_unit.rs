//! `CompletedapprovalMaxPermittedAccessDurationTimeUnit`, from `apis/access-request-approvals/schemas/completedapproval.yaml#/properties/maxPermittedAccessDuration/properties/timeUnit`.

/// The time unit for the duration.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum CompletedapprovalMaxPermittedAccessDurationTimeUnit {
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

impl CompletedapprovalMaxPermittedAccessDurationTimeUnit {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            CompletedapprovalMaxPermittedAccessDurationTimeUnit::Hours => "HOURS",
            CompletedapprovalMaxPermittedAccessDurationTimeUnit::Days => "DAYS",
            CompletedapprovalMaxPermittedAccessDurationTimeUnit::Weeks => "WEEKS",
            CompletedapprovalMaxPermittedAccessDurationTimeUnit::Months => "MONTHS",
            CompletedapprovalMaxPermittedAccessDurationTimeUnit::Unknown(value) => value,
        }
    }
}

impl From<&str> for CompletedapprovalMaxPermittedAccessDurationTimeUnit {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "HOURS" => CompletedapprovalMaxPermittedAccessDurationTimeUnit::Hours,
            "DAYS" => CompletedapprovalMaxPermittedAccessDurationTimeUnit::Days,
            "WEEKS" => CompletedapprovalMaxPermittedAccessDurationTimeUnit::Weeks,
            "MONTHS" => CompletedapprovalMaxPermittedAccessDurationTimeUnit::Months,
            other => {
                CompletedapprovalMaxPermittedAccessDurationTimeUnit::Unknown(
                    other.to_owned(),
                )
            }
        }
    }
}

crate::string_enum_impls!(CompletedapprovalMaxPermittedAccessDurationTimeUnit);
