//! `AccessItemOwnerDtoType`, from `beta/schemas/AccessItemOwnerDto.yaml#/properties/type`.

/// Access item owner's DTO type.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum AccessItemOwnerDtoType {
    /// `IDENTITY`
    Identity,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl AccessItemOwnerDtoType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            AccessItemOwnerDtoType::Identity => "IDENTITY",
            AccessItemOwnerDtoType::Unknown(value) => value,
        }
    }
}

impl From<&str> for AccessItemOwnerDtoType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "IDENTITY" => AccessItemOwnerDtoType::Identity,
            other => AccessItemOwnerDtoType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(AccessItemOwnerDtoType);
