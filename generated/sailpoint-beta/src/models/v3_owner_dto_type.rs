//! `V3OwnerDtoType`, from `v3/schemas/OwnerDto.yaml#/properties/type`.

/// Owner's DTO type.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum V3OwnerDtoType {
    /// `IDENTITY`
    Identity,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl V3OwnerDtoType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            V3OwnerDtoType::Identity => "IDENTITY",
            V3OwnerDtoType::Unknown(value) => value,
        }
    }
}

impl From<&str> for V3OwnerDtoType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "IDENTITY" => V3OwnerDtoType::Identity,
            other => V3OwnerDtoType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(V3OwnerDtoType);
