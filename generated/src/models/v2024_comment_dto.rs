//! `V2024CommentDto`, from `v2024/schemas/CommentDto.yaml`.

use crate::models::V2024CommentDtoAuthor;

/// `V2024CommentDto` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct V2024CommentDto {
    /// Comment content.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub comment: Option<String>,
    /// Date and time comment was created.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::datetime::deserialize_option"
    )]
    pub created: Option<chrono::DateTime<chrono::Utc>>,
    /// Author of the comment
    ///
    /// Read-only: set by the server, ignored in requests.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub author: Option<V2024CommentDtoAuthor>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl V2024CommentDto {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        V2024CommentDto {
            comment: None,
            created: None,
            author: None,
            additional_properties: Default::default(),
        }
    }
}
