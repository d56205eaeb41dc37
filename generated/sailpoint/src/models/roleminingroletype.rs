//! `Roleminingroletype`, from `apis/iai-role-mining/schemas/roleminingroletype.yaml`.

/// Role type
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Roleminingroletype {
    /// `SPECIALIZED`
    Specialized,
    /// `COMMON`
    Common,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl Roleminingroletype {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Roleminingroletype::Specialized => "SPECIALIZED",
            Roleminingroletype::Common => "COMMON",
            Roleminingroletype::Unknown(value) => value,
        }
    }
}

impl From<&str> for Roleminingroletype {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "SPECIALIZED" => Roleminingroletype::Specialized,
            "COMMON" => Roleminingroletype::Common,
            other => Roleminingroletype::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(Roleminingroletype);
