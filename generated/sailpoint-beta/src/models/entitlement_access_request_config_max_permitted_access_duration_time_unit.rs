//! `EntitlementAccessRequestConfigMaxPermittedAccessDurationTimeUnit`, from `beta/schemas/EntitlementAccessRequestConfig.yaml#/properties/maxPermittedAccessDuration/properties/timeUnit`.

/// The time unit for the duration.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum EntitlementAccessRequestConfigMaxPermittedAccessDurationTimeUnit {
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

impl EntitlementAccessRequestConfigMaxPermittedAccessDurationTimeUnit {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            EntitlementAccessRequestConfigMaxPermittedAccessDurationTimeUnit::Hours => {
                "HOURS"
            }
            EntitlementAccessRequestConfigMaxPermittedAccessDurationTimeUnit::Days => {
                "DAYS"
            }
            EntitlementAccessRequestConfigMaxPermittedAccessDurationTimeUnit::Weeks => {
                "WEEKS"
            }
            EntitlementAccessRequestConfigMaxPermittedAccessDurationTimeUnit::Months => {
                "MONTHS"
            }
            EntitlementAccessRequestConfigMaxPermittedAccessDurationTimeUnit::Unknown(
                value,
            ) => value,
        }
    }
}

impl From<&str> for EntitlementAccessRequestConfigMaxPermittedAccessDurationTimeUnit {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "HOURS" => {
                EntitlementAccessRequestConfigMaxPermittedAccessDurationTimeUnit::Hours
            }
            "DAYS" => {
                EntitlementAccessRequestConfigMaxPermittedAccessDurationTimeUnit::Days
            }
            "WEEKS" => {
                EntitlementAccessRequestConfigMaxPermittedAccessDurationTimeUnit::Weeks
            }
            "MONTHS" => {
                EntitlementAccessRequestConfigMaxPermittedAccessDurationTimeUnit::Months
            }
            other => {
                EntitlementAccessRequestConfigMaxPermittedAccessDurationTimeUnit::Unknown(
                    other.to_owned(),
                )
            }
        }
    }
}

crate::string_enum_impls!(
    EntitlementAccessRequestConfigMaxPermittedAccessDurationTimeUnit
);
