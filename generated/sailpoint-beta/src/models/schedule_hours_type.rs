//! `ScheduleHoursType`, from `beta/schemas/Schedule.yaml#/properties/hours/properties/type`.

/// Enum type to specify hours value
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ScheduleHoursType {
    /// `LIST`
    List,
    /// `RANGE`
    Range,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl ScheduleHoursType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            ScheduleHoursType::List => "LIST",
            ScheduleHoursType::Range => "RANGE",
            ScheduleHoursType::Unknown(value) => value,
        }
    }
}

impl From<&str> for ScheduleHoursType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "LIST" => ScheduleHoursType::List,
            "RANGE" => ScheduleHoursType::Range,
            other => ScheduleHoursType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(ScheduleHoursType);
