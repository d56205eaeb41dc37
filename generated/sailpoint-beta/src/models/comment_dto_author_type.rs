//! `CommentDtoAuthorType`, from `beta/schemas/CommentDto.yaml#/properties/author/properties/type`.

/// DTO type of the commenting identity.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum CommentDtoAuthorType {
    /// `IDENTITY`
    Identity,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl CommentDtoAuthorType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            CommentDtoAuthorType::Identity => "IDENTITY",
            CommentDtoAuthorType::Unknown(value) => value,
        }
    }
}

impl From<&str> for CommentDtoAuthorType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "IDENTITY" => CommentDtoAuthorType::Identity,
            other => CommentDtoAuthorType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(CommentDtoAuthorType);
