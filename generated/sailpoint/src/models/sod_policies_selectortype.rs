//! `SodPoliciesSelectortype`, from `apis/sod-policies/schemas/selectortype.yaml`.

/// Enum representing the currently supported selector types.
///
/// LIST - the *values* array contains one or more distinct values.
///
/// RANGE - the *values* array contains two values: the start and end of the range, inclusive.
///
/// Additional values may be added in the future without notice.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum SodPoliciesSelectortype {
    /// `LIST`
    List,
    /// `RANGE`
    Range,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl SodPoliciesSelectortype {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            SodPoliciesSelectortype::List => "LIST",
            SodPoliciesSelectortype::Range => "RANGE",
            SodPoliciesSelectortype::Unknown(value) => value,
        }
    }
}

impl From<&str> for SodPoliciesSelectortype {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "LIST" => SodPoliciesSelectortype::List,
            "RANGE" => SodPoliciesSelectortype::Range,
            other => SodPoliciesSelectortype::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(SodPoliciesSelectortype);
