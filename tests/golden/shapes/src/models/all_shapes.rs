//! `AllShapes`, from `openapi.yaml#/components/schemas/AllShapes`.

use crate::models::{
    Arrays, Enums, ExtendedRecord, FilterValue, Formats, Keywords, Labels, Maps, Name,
    NameList, NullableRefs, Pet, Ping, Record, TreeNode,
};

/// A container referencing every shape so all are reachable.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct AllShapes {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub record: Option<Record>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub keywords: Option<Keywords>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub enums: Option<Enums>,
    #[serde(rename = "filterValue", skip_serializing_if = "Option::is_none")]
    pub filter_value: Option<FilterValue>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pet: Option<Pet>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub extended: Option<ExtendedRecord>,
    #[serde(rename = "nullableRefs", skip_serializing_if = "Option::is_none")]
    pub nullable_refs: Option<NullableRefs>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub maps: Option<Maps>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub formats: Option<Formats>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub arrays: Option<Arrays>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tree: Option<TreeNode>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ping: Option<Ping>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<Name>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub names: Option<NameList>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub labels: Option<Labels>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl AllShapes {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for AllShapes {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for AllShapes {
    const NAME: &'static str = "AllShapes";

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
            "record" => self.record = map.next_value()?,
            "keywords" => self.keywords = map.next_value()?,
            "enums" => self.enums = map.next_value()?,
            "filterValue" => self.filter_value = map.next_value()?,
            "pet" => self.pet = map.next_value()?,
            "extended" => self.extended = map.next_value()?,
            "nullableRefs" => self.nullable_refs = map.next_value()?,
            "maps" => self.maps = map.next_value()?,
            "formats" => self.formats = map.next_value()?,
            "arrays" => self.arrays = map.next_value()?,
            "tree" => self.tree = map.next_value()?,
            "ping" => self.ping = map.next_value()?,
            "name" => self.name = map.next_value()?,
            "names" => self.names = map.next_value()?,
            "labels" => self.labels = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
