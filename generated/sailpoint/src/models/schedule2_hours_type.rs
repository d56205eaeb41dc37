//! `Schedule2HoursType`, from `apis/certification-campaigns/schemas/schedule-2.yaml#/properties/hours/properties/type`.

/// Enum type to specify hours value
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Schedule2HoursType {
    /// `LIST`
    List,
    /// `RANGE`
    Range,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl Schedule2HoursType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Schedule2HoursType::List => "LIST",
            Schedule2HoursType::Range => "RANGE",
            Schedule2HoursType::Unknown(value) => value,
        }
    }
}

impl From<&str> for Schedule2HoursType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "LIST" => Schedule2HoursType::List,
            "RANGE" => Schedule2HoursType::Range,
            other => Schedule2HoursType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(Schedule2HoursType);
