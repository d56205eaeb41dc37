//! `Maps`, from `openapi.yaml#/components/schemas/Maps`.

use crate::models::{Cat, MapsMixed};

/// Map and free-form shapes.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct Maps {
    /// String to string.
    #[serde(rename = "stringMap", default, skip_serializing_if = "Option::is_none")]
    pub string_map: Option<std::collections::BTreeMap<String, String>>,
    /// String to Cat.
    #[serde(rename = "refMap", default, skip_serializing_if = "Option::is_none")]
    pub ref_map: Option<std::collections::BTreeMap<String, Cat>>,
    /// additionalProperties true.
    #[serde(rename = "anyMap", default, skip_serializing_if = "Option::is_none")]
    pub any_map: Option<serde_json::Map<String, serde_json::Value>>,
    /// Properties AND additionalProperties.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mixed: Option<MapsMixed>,
    /// A property-less object.
    #[serde(rename = "freeForm", default, skip_serializing_if = "Option::is_none")]
    pub free_form: Option<serde_json::Map<String, serde_json::Value>>,
    /// No type at all; any JSON value.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub anything: Option<serde_json::Value>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Maps {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        Maps {
            string_map: None,
            ref_map: None,
            any_map: None,
            mixed: None,
            free_form: None,
            anything: None,
            additional_properties: Default::default(),
        }
    }
}
