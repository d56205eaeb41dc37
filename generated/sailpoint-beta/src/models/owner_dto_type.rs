//! `OwnerDtoType`, from `v2024/schemas/OwnerDto.yaml#/properties/type`.

/// Owner's DTO type.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum OwnerDtoType {
    /// `IDENTITY`
    Identity,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl OwnerDtoType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            OwnerDtoType::Identity => "IDENTITY",
            OwnerDtoType::Unknown(value) => value,
        }
    }
}

impl From<&str> for OwnerDtoType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "IDENTITY" => OwnerDtoType::Identity,
            other => OwnerDtoType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(OwnerDtoType);
