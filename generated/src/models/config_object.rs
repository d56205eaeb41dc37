//! `ConfigObject`, from `beta/schemas/ConfigObject.yaml`.

use crate::models::SelfImportExportDto;

/// Config export and import format for individual object configurations.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ConfigObject {
    /// Current version of configuration object.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub version: Option<i64>,
    #[serde(rename = "self", default, skip_serializing_if = "Option::is_none")]
    pub self_: Option<SelfImportExportDto>,
    /// Object details. Format dependant on the object type.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub object: Option<serde_json::Map<String, serde_json::Value>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl ConfigObject {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        ConfigObject {
            version: None,
            self_: None,
            object: None,
            additional_properties: Default::default(),
        }
    }
}
