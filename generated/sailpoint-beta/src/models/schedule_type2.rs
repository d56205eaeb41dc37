//! `ScheduleType2`, from `beta/schemas/Schedule.yaml#/properties/type`.

/// Determines the overall schedule cadence. In general, all time period fields smaller than the chosen type can be configured. For example, a DAILY schedule can have 'hours' set, but not 'days'; a WEEKLY schedule can have both 'hours' and 'days' set.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ScheduleType2 {
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

impl ScheduleType2 {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            ScheduleType2::Weekly => "WEEKLY",
            ScheduleType2::Monthly => "MONTHLY",
            ScheduleType2::Annually => "ANNUALLY",
            ScheduleType2::Calendar => "CALENDAR",
            ScheduleType2::Unknown(value) => value,
        }
    }
}

impl From<&str> for ScheduleType2 {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "WEEKLY" => ScheduleType2::Weekly,
            "MONTHLY" => ScheduleType2::Monthly,
            "ANNUALLY" => ScheduleType2::Annually,
            "CALENDAR" => ScheduleType2::Calendar,
            other => ScheduleType2::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(ScheduleType2);
