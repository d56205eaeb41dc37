//! `V2024CommentDtoAuthor`, from `v2024/schemas/CommentDto.yaml#/properties/author`.

use crate::models::V2024CommentDtoAuthorType;

/// Author of the comment
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct V2024CommentDtoAuthor {
    /// The type of object
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<V2024CommentDtoAuthorType>,
    /// The unique ID of the object
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub id: Option<String>,
    /// The display name of the object
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub name: Option<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl V2024CommentDtoAuthor {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        V2024CommentDtoAuthor {
            r#type: None,
            id: None,
            name: None,
            additional_properties: Default::default(),
        }
    }
}
