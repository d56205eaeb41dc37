//! `SelectorType`, from `v3/schemas/schedule/SelectorType.yaml`.

/// Enum representing the currently supported selector types.
///
/// LIST - the *values* array contains one or more distinct values.
///
/// RANGE - the *values* array contains two values: the start and end of the range, inclusive.
///
/// Additional values may be added in the future without notice.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum SelectorType {
    /// `LIST`
    List,
    /// `RANGE`
    Range,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl SelectorType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            SelectorType::List => "LIST",
            SelectorType::Range => "RANGE",
            SelectorType::Unknown(value) => value,
        }
    }
}

impl From<&str> for SelectorType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "LIST" => SelectorType::List,
            "RANGE" => SelectorType::Range,
            other => SelectorType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(SelectorType);
