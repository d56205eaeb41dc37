//! `EntitlementaccessrequestconfigMaxPermittedAccessDurationTimeUnit`, from `apis/shared/schemas/entitlementaccessrequestconfig.yaml#/properties/maxPermittedAccessDuration/properties/timeUnit`.

/// The time unit for the duration.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum EntitlementaccessrequestconfigMaxPermittedAccessDurationTimeUnit {
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

impl EntitlementaccessrequestconfigMaxPermittedAccessDurationTimeUnit {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            EntitlementaccessrequestconfigMaxPermittedAccessDurationTimeUnit::Hours => {
                "HOURS"
            }
            EntitlementaccessrequestconfigMaxPermittedAccessDurationTimeUnit::Days => {
                "DAYS"
            }
            EntitlementaccessrequestconfigMaxPermittedAccessDurationTimeUnit::Weeks => {
                "WEEKS"
            }
            EntitlementaccessrequestconfigMaxPermittedAccessDurationTimeUnit::Months => {
                "MONTHS"
            }
            EntitlementaccessrequestconfigMaxPermittedAccessDurationTimeUnit::Unknown(
                value,
            ) => value,
        }
    }
}

impl From<&str> for EntitlementaccessrequestconfigMaxPermittedAccessDurationTimeUnit {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "HOURS" => {
                EntitlementaccessrequestconfigMaxPermittedAccessDurationTimeUnit::Hours
            }
            "DAYS" => {
                EntitlementaccessrequestconfigMaxPermittedAccessDurationTimeUnit::Days
            }
            "WEEKS" => {
                EntitlementaccessrequestconfigMaxPermittedAccessDurationTimeUnit::Weeks
            }
            "MONTHS" => {
                EntitlementaccessrequestconfigMaxPermittedAccessDurationTimeUnit::Months
            }
            other => {
                EntitlementaccessrequestconfigMaxPermittedAccessDurationTimeUnit::Unknown(
                    other.to_owned(),
                )
            }
        }
    }
}

crate::string_enum_impls!(
    EntitlementaccessrequestconfigMaxPermittedAccessDurationTimeUnit
);
