//! `ScheduleType`, from `v3/schemas/schedule/ScheduleType.yaml`.

/// Enum representing the currently supported schedule types.
///
/// Additional values may be added in the future without notice.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ScheduleType {
    /// `DAILY`
    Daily,
    /// `WEEKLY`
    Weekly,
    /// `MONTHLY`
    Monthly,
    /// `CALENDAR`
    Calendar,
    /// `ANNUALLY`
    Annually,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl ScheduleType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            ScheduleType::Daily => "DAILY",
            ScheduleType::Weekly => "WEEKLY",
            ScheduleType::Monthly => "MONTHLY",
            ScheduleType::Calendar => "CALENDAR",
            ScheduleType::Annually => "ANNUALLY",
            ScheduleType::Unknown(value) => value,
        }
    }
}

impl From<&str> for ScheduleType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "DAILY" => ScheduleType::Daily,
            "WEEKLY" => ScheduleType::Weekly,
            "MONTHLY" => ScheduleType::Monthly,
            "CALENDAR" => ScheduleType::Calendar,
            "ANNUALLY" => ScheduleType::Annually,
            other => ScheduleType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(ScheduleType);
