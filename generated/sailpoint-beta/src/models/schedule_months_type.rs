//! `ScheduleMonthsType`, from `beta/schemas/Schedule.yaml#/properties/months/properties/type`.

/// Enum type to specify months value
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ScheduleMonthsType {
    /// `LIST`
    List,
    /// `RANGE`
    Range,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl ScheduleMonthsType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            ScheduleMonthsType::List => "LIST",
            ScheduleMonthsType::Range => "RANGE",
            ScheduleMonthsType::Unknown(value) => value,
        }
    }
}

impl From<&str> for ScheduleMonthsType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "LIST" => ScheduleMonthsType::List,
            "RANGE" => ScheduleMonthsType::Range,
            other => ScheduleMonthsType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(ScheduleMonthsType);
