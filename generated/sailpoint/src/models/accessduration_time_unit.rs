//! `AccessdurationTimeUnit`, from `apis/shared/schemas/accessduration.yaml#/properties/timeUnit`.

/// The unit of time that corresponds to the **value**. It defines the scale of the time period.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum AccessdurationTimeUnit {
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

impl AccessdurationTimeUnit {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            AccessdurationTimeUnit::Hours => "HOURS",
            AccessdurationTimeUnit::Days => "DAYS",
            AccessdurationTimeUnit::Weeks => "WEEKS",
            AccessdurationTimeUnit::Months => "MONTHS",
            AccessdurationTimeUnit::Unknown(value) => value,
        }
    }
}

impl From<&str> for AccessdurationTimeUnit {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "HOURS" => AccessdurationTimeUnit::Hours,
            "DAYS" => AccessdurationTimeUnit::Days,
            "WEEKS" => AccessdurationTimeUnit::Weeks,
            "MONTHS" => AccessdurationTimeUnit::Months,
            other => AccessdurationTimeUnit::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(AccessdurationTimeUnit);
