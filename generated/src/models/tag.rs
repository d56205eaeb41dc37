//! `Tag`, from `beta/schemas/Tag.yaml`.

use crate::models::TagTagCategoryRefsInner;

/// `Tag` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Tag {
    /// Tag id
    ///
    /// Read-only: set by the server, ignored in requests.
    pub id: String,
    /// Name of the tag.
    pub name: String,
    /// Date the tag was created.
    ///
    /// Read-only: set by the server, ignored in requests.
    pub created: chrono::DateTime<chrono::Utc>,
    /// Date the tag was last modified.
    ///
    /// Read-only: set by the server, ignored in requests.
    pub modified: chrono::DateTime<chrono::Utc>,
    /// Read-only: set by the server, ignored in requests.
    #[serde(rename = "tagCategoryRefs")]
    pub tag_category_refs: Vec<TagTagCategoryRefsInner>,
}

impl Tag {
    /// Builds the value from its required fields.
    pub fn new(
        id: impl Into<String>,
        name: impl Into<String>,
        created: chrono::DateTime<chrono::Utc>,
        modified: chrono::DateTime<chrono::Utc>,
        tag_category_refs: Vec<TagTagCategoryRefsInner>,
    ) -> Self {
        Tag {
            id: id.into(),
            name: name.into(),
            created,
            modified,
            tag_category_refs,
        }
    }
}
