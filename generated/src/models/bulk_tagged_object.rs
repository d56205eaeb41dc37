//! `BulkTaggedObject`, from `beta/schemas/BulkTaggedObject.yaml`.

use crate::models::{BulkTaggedObjectOperation, TaggedObjectDto};

/// `BulkTaggedObject` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct BulkTaggedObject {
    #[serde(rename = "objectRefs", default, skip_serializing_if = "Option::is_none")]
    pub object_refs: Option<Vec<TaggedObjectDto>>,
    /// Label to be applied to object.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<String>>,
    /// If APPEND, tags are appended to the list of tags for the object. A 400 error is returned if this would add duplicate tags to the object.
    ///
    /// If MERGE, tags are merged with the existing tags. Duplicate tags are silently ignored.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub operation: Option<BulkTaggedObjectOperation>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl BulkTaggedObject {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        BulkTaggedObject {
            object_refs: None,
            tags: None,
            operation: None,
            additional_properties: Default::default(),
        }
    }
}
