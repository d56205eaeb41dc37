//! `Schedule2Type`, from `apis/certification-campaigns/schemas/schedule-2.yaml#/properties/type`.

/// Determines the overall schedule cadence. In general, all time period fields smaller than the chosen type can be configured. For example, a DAILY schedule can have 'hours' set, but not 'days'; a WEEKLY schedule can have both 'hours' and 'days' set.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Schedule2Type {
    /// `WEEKLY`
    Weekly,
    /// `MONTHLY`
    Monthly,
    /// `ANNUALLY`
    Annually,
    /// `CALENDAR`
    Calendar,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl Schedule2Type {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Schedule2Type::Weekly => "WEEKLY",
            Schedule2Type::Monthly => "MONTHLY",
            Schedule2Type::Annually => "ANNUALLY",
            Schedule2Type::Calendar => "CALENDAR",
            Schedule2Type::Unknown(value) => value,
        }
    }
}

impl From<&str> for Schedule2Type {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "WEEKLY" => Schedule2Type::Weekly,
            "MONTHLY" => Schedule2Type::Monthly,
            "ANNUALLY" => Schedule2Type::Annually,
            "CALENDAR" => Schedule2Type::Calendar,
            other => Schedule2Type::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(Schedule2Type);
