//! `Scopevisibilitytype`, from `apis/data-segmentation/schemas/scopevisibilitytype.yaml`.

/// An enumeration of the types of scope visibility choices
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Scopevisibilitytype {
    /// `ALL`
    All,
    /// `FILTER`
    Filter,
    /// `SELECTION`
    Selection,
    /// `UNSEGMENTED`
    Unsegmented,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl Scopevisibilitytype {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Scopevisibilitytype::All => "ALL",
            Scopevisibilitytype::Filter => "FILTER",
            Scopevisibilitytype::Selection => "SELECTION",
            Scopevisibilitytype::Unsegmented => "UNSEGMENTED",
            Scopevisibilitytype::Unknown(value) => value,
        }
    }
}

impl From<&str> for Scopevisibilitytype {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "ALL" => Scopevisibilitytype::All,
            "FILTER" => Scopevisibilitytype::Filter,
            "SELECTION" => Scopevisibilitytype::Selection,
            "UNSEGMENTED" => Scopevisibilitytype::Unsegmented,
            other => Scopevisibilitytype::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(Scopevisibilitytype);
