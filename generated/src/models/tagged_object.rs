//! `TaggedObject`, from `beta/schemas/TaggedObject.yaml`.

use crate::models::TaggedObjectObjectRef;

/// `TaggedObject` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct TaggedObject {
    #[serde(rename = "objectRef", default, skip_serializing_if = "Option::is_none")]
    pub object_ref: Option<TaggedObjectObjectRef>,
    /// Labels to be applied to an Object
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<String>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl TaggedObject {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        TaggedObject {
            object_ref: None,
            tags: None,
            additional_properties: Default::default(),
        }
    }
}
