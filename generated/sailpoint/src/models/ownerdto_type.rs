//! `OwnerdtoType`, from `apis/shared/schemas/ownerdto.yaml#/properties/type`.

/// Owner's DTO type.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum OwnerdtoType {
    /// `IDENTITY`
    Identity,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl OwnerdtoType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            OwnerdtoType::Identity => "IDENTITY",
            OwnerdtoType::Unknown(value) => value,
        }
    }
}

impl From<&str> for OwnerdtoType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "IDENTITY" => OwnerdtoType::Identity,
            other => OwnerdtoType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(OwnerdtoType);
