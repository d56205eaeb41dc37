//! `ExampleInputAccessItemRequesterDtoType`, from `beta/schemas/trigger/example-input/AccessItemRequesterDto.yaml#/properties/type`.

/// Access item requester's DTO type.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ExampleInputAccessItemRequesterDtoType {
    /// `IDENTITY`
    Identity,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl ExampleInputAccessItemRequesterDtoType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            ExampleInputAccessItemRequesterDtoType::Identity => "IDENTITY",
            ExampleInputAccessItemRequesterDtoType::Unknown(value) => value,
        }
    }
}

impl From<&str> for ExampleInputAccessItemRequesterDtoType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "IDENTITY" => ExampleInputAccessItemRequesterDtoType::Identity,
            other => ExampleInputAccessItemRequesterDtoType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(ExampleInputAccessItemRequesterDtoType);
