//! `AttrsyncsourceType`, from `apis/sources/schemas/attrsyncsource.yaml#/properties/type`.

/// DTO type of target source for attribute synchronization.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum AttrsyncsourceType {
    /// `SOURCE`
    Source,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl AttrsyncsourceType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            AttrsyncsourceType::Source => "SOURCE",
            AttrsyncsourceType::Unknown(value) => value,
        }
    }
}

impl From<&str> for AttrsyncsourceType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "SOURCE" => AttrsyncsourceType::Source,
            other => AttrsyncsourceType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(AttrsyncsourceType);
