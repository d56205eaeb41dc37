//! `TagTagCategoryRefsInner`, from `beta/schemas/Tag.yaml#/properties/tagCategoryRefs/items`.

use crate::models::TagTagCategoryRefsInnerType;

/// Tagged object's category.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct TagTagCategoryRefsInner {
    /// DTO type of the tagged object's category.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<TagTagCategoryRefsInnerType>,
    /// Tagged object's ID.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub id: Option<String>,
    /// Tagged object's display name.
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

impl TagTagCategoryRefsInner {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        TagTagCategoryRefsInner {
            r#type: None,
            id: None,
            name: None,
            additional_properties: Default::default(),
        }
    }
}
