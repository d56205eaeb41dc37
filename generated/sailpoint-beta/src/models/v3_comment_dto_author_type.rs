//! `V3CommentDtoAuthorType`, from `v3/schemas/CommentDto.yaml#/properties/author/properties/type`.

/// The type of object
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum V3CommentDtoAuthorType {
    /// `IDENTITY`
    Identity,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl V3CommentDtoAuthorType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            V3CommentDtoAuthorType::Identity => "IDENTITY",
            V3CommentDtoAuthorType::Unknown(value) => value,
        }
    }
}

impl From<&str> for V3CommentDtoAuthorType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "IDENTITY" => V3CommentDtoAuthorType::Identity,
            other => V3CommentDtoAuthorType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(V3CommentDtoAuthorType);
