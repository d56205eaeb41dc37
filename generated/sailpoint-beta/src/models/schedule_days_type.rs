//! `ScheduleDaysType`, from `beta/schemas/Schedule.yaml#/properties/days/properties/type`.

/// Enum type to specify days value
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ScheduleDaysType {
    /// `LIST`
    List,
    /// `RANGE`
    Range,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl ScheduleDaysType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            ScheduleDaysType::List => "LIST",
            ScheduleDaysType::Range => "RANGE",
            ScheduleDaysType::Unknown(value) => value,
        }
    }
}

impl From<&str> for ScheduleDaysType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "LIST" => ScheduleDaysType::List,
            "RANGE" => ScheduleDaysType::Range,
            other => ScheduleDaysType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(ScheduleDaysType);
