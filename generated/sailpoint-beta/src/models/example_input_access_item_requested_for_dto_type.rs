//! `ExampleInputAccessItemRequestedForDtoType`, from `beta/schemas/trigger/example-input/AccessItemRequestedForDto.yaml#/properties/type`.

/// DTO type of the identity whom the access item is requested for.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ExampleInputAccessItemRequestedForDtoType {
    /// `IDENTITY`
    Identity,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl ExampleInputAccessItemRequestedForDtoType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            ExampleInputAccessItemRequestedForDtoType::Identity => "IDENTITY",
            ExampleInputAccessItemRequestedForDtoType::Unknown(value) => value,
        }
    }
}

impl From<&str> for ExampleInputAccessItemRequestedForDtoType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "IDENTITY" => ExampleInputAccessItemRequestedForDtoType::Identity,
            other => ExampleInputAccessItemRequestedForDtoType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(ExampleInputAccessItemRequestedForDtoType);
