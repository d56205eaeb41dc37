//! `AccessItemRequestedForDtoType`, from `beta/schemas/AccessItemRequestedForDto.yaml#/properties/type`.

/// DTO type of identity the access item is requested for.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum AccessItemRequestedForDtoType {
    /// `IDENTITY`
    Identity,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl AccessItemRequestedForDtoType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            AccessItemRequestedForDtoType::Identity => "IDENTITY",
            AccessItemRequestedForDtoType::Unknown(value) => value,
        }
    }
}

impl From<&str> for AccessItemRequestedForDtoType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "IDENTITY" => AccessItemRequestedForDtoType::Identity,
            other => AccessItemRequestedForDtoType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(AccessItemRequestedForDtoType);
