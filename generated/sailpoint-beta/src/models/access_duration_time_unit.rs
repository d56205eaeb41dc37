//! `AccessDurationTimeUnit`, from `v3/schemas/access/AccessDuration.yaml#/properties/timeUnit`.

/// The unit of time that corresponds to the **value**. It defines the scale of the time period.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum AccessDurationTimeUnit {
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

impl AccessDurationTimeUnit {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            AccessDurationTimeUnit::Hours => "HOURS",
            AccessDurationTimeUnit::Days => "DAYS",
            AccessDurationTimeUnit::Weeks => "WEEKS",
            AccessDurationTimeUnit::Months => "MONTHS",
            AccessDurationTimeUnit::Unknown(value) => value,
        }
    }
}

impl From<&str> for AccessDurationTimeUnit {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "HOURS" => AccessDurationTimeUnit::Hours,
            "DAYS" => AccessDurationTimeUnit::Days,
            "WEEKS" => AccessDurationTimeUnit::Weeks,
            "MONTHS" => AccessDurationTimeUnit::Months,
            other => AccessDurationTimeUnit::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(AccessDurationTimeUnit);
