//! `Tag`, from `beta/schemas/Tag.yaml`.

use crate::models::TagTagCategoryRefsInner;

/// `Tag` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct Tag {
    /// Tag id
    ///
    /// Read-only: set by the server, ignored in requests.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub id: Option<String>,
    /// Name of the tag.
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub name: String,
    /// Date the tag was created.
    ///
    /// Read-only: set by the server, ignored in requests.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::datetime::deserialize_option"
    )]
    pub created: Option<chrono::DateTime<chrono::Utc>>,
    /// Date the tag was last modified.
    ///
    /// Read-only: set by the server, ignored in requests.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::datetime::deserialize_option"
    )]
    pub modified: Option<chrono::DateTime<chrono::Utc>>,
    /// Read-only: set by the server, ignored in requests.
    #[serde(
        rename = "tagCategoryRefs",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub tag_category_refs: Option<Vec<TagTagCategoryRefsInner>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Tag {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new(name: impl Into<String>) -> Self {
        Tag {
            id: None,
            name: name.into(),
            created: None,
            modified: None,
            tag_category_refs: None,
            additional_properties: Default::default(),
        }
    }
}
