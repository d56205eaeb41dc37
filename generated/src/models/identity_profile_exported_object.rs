//! `IdentityProfileExportedObject`, from `beta/schemas/IdentityProfileExportedObject.yaml`.

use crate::models::{SelfImportExportDto, V3IdentityProfile};

/// Identity Profile exported object
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct IdentityProfileExportedObject {
    /// Version or object from the target service.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub version: Option<i64>,
    #[serde(rename = "self", default, skip_serializing_if = "Option::is_none")]
    pub self_: Option<SelfImportExportDto>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub object: Option<V3IdentityProfile>,
}

impl IdentityProfileExportedObject {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        IdentityProfileExportedObject {
            version: None,
            self_: None,
            object: None,
        }
    }
}
