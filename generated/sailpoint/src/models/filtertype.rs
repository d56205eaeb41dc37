//! `Filtertype`, from `apis/shared/schemas/filtertype.yaml`.

/// Enum representing the currently supported filter types.
/// Additional values may be added in the future without notice.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Filtertype {
    /// `EXISTS`
    Exists,
    /// `RANGE`
    Range,
    /// `TERMS`
    Terms,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl Filtertype {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Filtertype::Exists => "EXISTS",
            Filtertype::Range => "RANGE",
            Filtertype::Terms => "TERMS",
            Filtertype::Unknown(value) => value,
        }
    }
}

impl From<&str> for Filtertype {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "EXISTS" => Filtertype::Exists,
            "RANGE" => Filtertype::Range,
            "TERMS" => Filtertype::Terms,
            other => Filtertype::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(Filtertype);
