//! `IdentityProfileExportedObject`, from `beta/schemas/IdentityProfileExportedObject.yaml`.

use crate::models::{SelfImportExportDto, V3IdentityProfile};

/// Identity Profile exported object
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct IdentityProfileExportedObject {
    /// Version or object from the target service.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub version: Option<i64>,
    #[serde(rename = "self", default, skip_serializing_if = "Option::is_none")]
    pub self_: Option<SelfImportExportDto>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub object: Option<V3IdentityProfile>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl IdentityProfileExportedObject {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        IdentityProfileExportedObject {
            version: None,
            self_: None,
            object: None,
            additional_properties: Default::default(),
        }
    }
}
