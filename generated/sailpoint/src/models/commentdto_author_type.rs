//! `CommentdtoAuthorType`, from `apis/access-request-approvals/schemas/commentdto.yaml#/properties/author/properties/type`.

/// The type of object
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum CommentdtoAuthorType {
    /// `IDENTITY`
    Identity,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl CommentdtoAuthorType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            CommentdtoAuthorType::Identity => "IDENTITY",
            CommentdtoAuthorType::Unknown(value) => value,
        }
    }
}

impl From<&str> for CommentdtoAuthorType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "IDENTITY" => CommentdtoAuthorType::Identity,
            other => CommentdtoAuthorType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(CommentdtoAuthorType);
