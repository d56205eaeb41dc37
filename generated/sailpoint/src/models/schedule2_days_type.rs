//! `Schedule2DaysType`, from `apis/certification-campaigns/schemas/schedule-2.yaml#/properties/days/properties/type`.

/// Enum type to specify days value
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Schedule2DaysType {
    /// `LIST`
    List,
    /// `RANGE`
    Range,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl Schedule2DaysType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Schedule2DaysType::List => "LIST",
            Schedule2DaysType::Range => "RANGE",
            Schedule2DaysType::Unknown(value) => value,
        }
    }
}

impl From<&str> for Schedule2DaysType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "LIST" => Schedule2DaysType::List,
            "RANGE" => Schedule2DaysType::Range,
            other => Schedule2DaysType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(Schedule2DaysType);
