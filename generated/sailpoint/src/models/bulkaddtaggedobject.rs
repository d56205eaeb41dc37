//! `Bulkaddtaggedobject`, from `apis/tagged-objects/schemas/bulkaddtaggedobject.yaml`.

use crate::models::{BulkaddtaggedobjectOperation, TaggedObjectsTaggedobjectdto};

/// `Bulkaddtaggedobject` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Bulkaddtaggedobject {
    #[serde(rename = "objectRefs", skip_serializing_if = "Option::is_none")]
    pub object_refs: Option<Vec<TaggedObjectsTaggedobjectdto>>,
    /// Label to be applied to an Object
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<String>>,
    /// If APPEND, tags are appended to the list of tags for the object. A 400 error is returned if this would add duplicate tags to the object.
    ///
    /// If MERGE, tags are merged with the existing tags. Duplicate tags are silently ignored.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub operation: Option<BulkaddtaggedobjectOperation>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Bulkaddtaggedobject {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Bulkaddtaggedobject {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Bulkaddtaggedobject {
    const NAME: &'static str = "Bulkaddtaggedobject";

    #[inline]
    fn empty() -> Self {
        Self::default()
    }

    fn member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::object::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match &*key {
            "objectRefs" => self.object_refs = map.next_value()?,
            "tags" => self.tags = map.next_value()?,
            "operation" => self.operation = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
