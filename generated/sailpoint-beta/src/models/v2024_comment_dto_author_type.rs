//! `V2024CommentDtoAuthorType`, from `v2024/schemas/CommentDto.yaml#/properties/author/properties/type`.

/// The type of object
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum V2024CommentDtoAuthorType {
    /// `IDENTITY`
    Identity,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl V2024CommentDtoAuthorType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            V2024CommentDtoAuthorType::Identity => "IDENTITY",
            V2024CommentDtoAuthorType::Unknown(value) => value,
        }
    }
}

impl From<&str> for V2024CommentDtoAuthorType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "IDENTITY" => V2024CommentDtoAuthorType::Identity,
            other => V2024CommentDtoAuthorType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(V2024CommentDtoAuthorType);
