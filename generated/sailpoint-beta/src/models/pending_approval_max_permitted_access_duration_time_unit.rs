//! `PendingApprovalMaxPermittedAccessDurationTimeUnit`, from `beta/schemas/PendingApproval.yaml#/properties/maxPermittedAccessDuration/properties/timeUnit`.

/// The time unit for the duration.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum PendingApprovalMaxPermittedAccessDurationTimeUnit {
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

impl PendingApprovalMaxPermittedAccessDurationTimeUnit {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            PendingApprovalMaxPermittedAccessDurationTimeUnit::Hours => "HOURS",
            PendingApprovalMaxPermittedAccessDurationTimeUnit::Days => "DAYS",
            PendingApprovalMaxPermittedAccessDurationTimeUnit::Weeks => "WEEKS",
            PendingApprovalMaxPermittedAccessDurationTimeUnit::Months => "MONTHS",
            PendingApprovalMaxPermittedAccessDurationTimeUnit::Unknown(value) => value,
        }
    }
}

impl From<&str> for PendingApprovalMaxPermittedAccessDurationTimeUnit {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "HOURS" => PendingApprovalMaxPermittedAccessDurationTimeUnit::Hours,
            "DAYS" => PendingApprovalMaxPermittedAccessDurationTimeUnit::Days,
            "WEEKS" => PendingApprovalMaxPermittedAccessDurationTimeUnit::Weeks,
            "MONTHS" => PendingApprovalMaxPermittedAccessDurationTimeUnit::Months,
            other => {
                PendingApprovalMaxPermittedAccessDurationTimeUnit::Unknown(
                    other.to_owned(),
                )
            }
        }
    }
}

crate::string_enum_impls!(PendingApprovalMaxPermittedAccessDurationTimeUnit);
