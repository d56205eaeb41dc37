//! `AllShapes`, from `openapi.yaml#/components/schemas/AllShapes`.

use crate::models::{
    Arrays, Enums, ExtendedRecord, FilterValue, Formats, Keywords, Labels, Maps, Name,
    NameList, NullableRefs, Pet, Ping, Record, TreeNode,
};

/// A container referencing every shape so all are reachable.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct AllShapes {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub record: Option<Record>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub keywords: Option<Keywords>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enums: Option<Enums>,
    #[serde(rename = "filterValue", default, skip_serializing_if = "Option::is_none")]
    pub filter_value: Option<FilterValue>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pet: Option<Pet>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub extended: Option<ExtendedRecord>,
    #[serde(rename = "nullableRefs", default, skip_serializing_if = "Option::is_none")]
    pub nullable_refs: Option<NullableRefs>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub maps: Option<Maps>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub formats: Option<Formats>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub arrays: Option<Arrays>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tree: Option<TreeNode>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ping: Option<Ping>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<Name>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub names: Option<NameList>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub labels: Option<Labels>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl AllShapes {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        AllShapes {
            record: None,
            keywords: None,
            enums: None,
            filter_value: None,
            pet: None,
            extended: None,
            nullable_refs: None,
            maps: None,
            formats: None,
            arrays: None,
            tree: None,
            ping: None,
            name: None,
            names: None,
            labels: None,
            additional_properties: Default::default(),
        }
    }
}
