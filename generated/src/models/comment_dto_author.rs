//! `CommentDtoAuthor`, from `beta/schemas/CommentDto.yaml#/properties/author`.

use crate::models::CommentDtoAuthorType;

/// `CommentDtoAuthor` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CommentDtoAuthor {
    /// DTO type of the commenting identity.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<CommentDtoAuthorType>,
    /// ID of the commenting identity.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub id: Option<String>,
    /// Display name of the commenting identity.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub name: Option<String>,
}

impl CommentDtoAuthor {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        CommentDtoAuthor {
            r#type: None,
            id: None,
            name: None,
        }
    }
}
