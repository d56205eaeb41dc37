//! `CommentDto`, from `beta/schemas/CommentDto.yaml`.

use crate::models::CommentDtoAuthor;

/// `CommentDto` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct CommentDto {
    /// Comment content.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub comment: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub author: Option<CommentDtoAuthor>,
    /// Date and time comment was created.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::datetime::deserialize_option"
    )]
    pub created: Option<chrono::DateTime<chrono::Utc>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl CommentDto {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        CommentDto {
            comment: None,
            author: None,
            created: None,
            additional_properties: Default::default(),
        }
    }
}
