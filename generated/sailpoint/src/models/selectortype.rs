//! `Selectortype`, from `apis/scheduled-search/schemas/selectortype.yaml`.

/// Enum representing the currently supported selector types.
///
/// LIST - the *values* array contains one or more distinct values.
///
/// RANGE - the *values* array contains two values: the start and end of the range, inclusive.
///
/// Additional values may be added in the future without notice.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Selectortype {
    /// `LIST`
    List,
    /// `RANGE`
    Range,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl Selectortype {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Selectortype::List => "LIST",
            Selectortype::Range => "RANGE",
            Selectortype::Unknown(value) => value,
        }
    }
}

impl From<&str> for Selectortype {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "LIST" => Selectortype::List,
            "RANGE" => Selectortype::Range,
            other => Selectortype::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(Selectortype);
