//! `Membershiptype`, from `apis/data-segmentation/schemas/membershiptype.yaml`.

/// An enumeration of the types of membership choices
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Membershiptype {
    /// `ALL`
    All,
    /// `FILTER`
    Filter,
    /// `SELECTION`
    Selection,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl Membershiptype {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Membershiptype::All => "ALL",
            Membershiptype::Filter => "FILTER",
            Membershiptype::Selection => "SELECTION",
            Membershiptype::Unknown(value) => value,
        }
    }
}

impl From<&str> for Membershiptype {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "ALL" => Membershiptype::All,
            "FILTER" => Membershiptype::Filter,
            "SELECTION" => Membershiptype::Selection,
            other => Membershiptype::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(Membershiptype);
