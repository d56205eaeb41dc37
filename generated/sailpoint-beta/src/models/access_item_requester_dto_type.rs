//! `AccessItemRequesterDtoType`, from `beta/schemas/AccessItemRequesterDto.yaml#/properties/type`.

/// Access item requester's DTO type.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum AccessItemRequesterDtoType {
    /// `IDENTITY`
    Identity,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl AccessItemRequesterDtoType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            AccessItemRequesterDtoType::Identity => "IDENTITY",
            AccessItemRequesterDtoType::Unknown(value) => value,
        }
    }
}

impl From<&str> for AccessItemRequesterDtoType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "IDENTITY" => AccessItemRequesterDtoType::Identity,
            other => AccessItemRequesterDtoType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(AccessItemRequesterDtoType);
