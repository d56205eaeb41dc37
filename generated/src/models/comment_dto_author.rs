//! `CommentDtoAuthor`, from `beta/schemas/CommentDto.yaml#/properties/author`.

use crate::models::CommentDtoAuthorType;

/// `CommentDtoAuthor` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
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
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl CommentDtoAuthor {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        CommentDtoAuthor {
            r#type: None,
            id: None,
            name: None,
            additional_properties: Default::default(),
        }
    }
}
