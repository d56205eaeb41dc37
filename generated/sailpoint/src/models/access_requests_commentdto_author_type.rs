//! `AccessRequestsCommentdtoAuthorType`, from `apis/access-requests/schemas/commentdto.yaml#/properties/author/properties/type`.

/// The type of object
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum AccessRequestsCommentdtoAuthorType {
    /// `IDENTITY`
    Identity,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl AccessRequestsCommentdtoAuthorType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            AccessRequestsCommentdtoAuthorType::Identity => "IDENTITY",
            AccessRequestsCommentdtoAuthorType::Unknown(value) => value,
        }
    }
}

impl From<&str> for AccessRequestsCommentdtoAuthorType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "IDENTITY" => AccessRequestsCommentdtoAuthorType::Identity,
            other => AccessRequestsCommentdtoAuthorType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(AccessRequestsCommentdtoAuthorType);
