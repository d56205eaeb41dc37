//! `CompletedApprovalMaxPermittedAccessDurationTimeUnit`, from `beta/schemas/CompletedApproval.yaml#/properties/maxPermittedAccessDuration/properties/timeUnit`.

/// The time unit for the duration.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum CompletedApprovalMaxPermittedAccessDurationTimeUnit {
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

impl CompletedApprovalMaxPermittedAccessDurationTimeUnit {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            CompletedApprovalMaxPermittedAccessDurationTimeUnit::Hours => "HOURS",
            CompletedApprovalMaxPermittedAccessDurationTimeUnit::Days => "DAYS",
            CompletedApprovalMaxPermittedAccessDurationTimeUnit::Weeks => "WEEKS",
            CompletedApprovalMaxPermittedAccessDurationTimeUnit::Months => "MONTHS",
            CompletedApprovalMaxPermittedAccessDurationTimeUnit::Unknown(value) => value,
        }
    }
}

impl From<&str> for CompletedApprovalMaxPermittedAccessDurationTimeUnit {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "HOURS" => CompletedApprovalMaxPermittedAccessDurationTimeUnit::Hours,
            "DAYS" => CompletedApprovalMaxPermittedAccessDurationTimeUnit::Days,
            "WEEKS" => CompletedApprovalMaxPermittedAccessDurationTimeUnit::Weeks,
            "MONTHS" => CompletedApprovalMaxPermittedAccessDurationTimeUnit::Months,
            other => {
                CompletedApprovalMaxPermittedAccessDurationTimeUnit::Unknown(
                    other.to_owned(),
                )
            }
        }
    }
}

crate::string_enum_impls!(CompletedApprovalMaxPermittedAccessDurationTimeUnit);
