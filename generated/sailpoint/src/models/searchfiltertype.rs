//! `Searchfiltertype`, from `apis/shared/schemas/searchfiltertype.yaml`.

/// Enum representing the currently supported filter aggregation types.
/// Additional values may be added in the future without notice.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Searchfiltertype {
    /// `TERM`
    Term,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl Searchfiltertype {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Searchfiltertype::Term => "TERM",
            Searchfiltertype::Unknown(value) => value,
        }
    }
}

impl From<&str> for Searchfiltertype {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "TERM" => Searchfiltertype::Term,
            other => Searchfiltertype::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(Searchfiltertype);
