//! `Schedule2MonthsType`, from `apis/certification-campaigns/schemas/schedule-2.yaml#/properties/months/properties/type`.

/// Enum type to specify months value
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Schedule2MonthsType {
    /// `LIST`
    List,
    /// `RANGE`
    Range,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl Schedule2MonthsType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Schedule2MonthsType::List => "LIST",
            Schedule2MonthsType::Range => "RANGE",
            Schedule2MonthsType::Unknown(value) => value,
        }
    }
}

impl From<&str> for Schedule2MonthsType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "LIST" => Schedule2MonthsType::List,
            "RANGE" => Schedule2MonthsType::Range,
            other => Schedule2MonthsType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(Schedule2MonthsType);
