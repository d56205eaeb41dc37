//! `ExportFormDefinitionsByTenant200ResponseInner`, from `beta/paths/form-definitions-export.yaml#/get/responses/200/content/application~1json/schema/items`.

use crate::models::{FormDefinitionResponse, FormDefinitionSelfImportExportDto};

/// `ExportFormDefinitionsByTenant200ResponseInner` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ExportFormDefinitionsByTenant200ResponseInner {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub object: Option<FormDefinitionResponse>,
    #[serde(rename = "self", default, skip_serializing_if = "Option::is_none")]
    pub self_: Option<FormDefinitionSelfImportExportDto>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub version: Option<i64>,
}

impl ExportFormDefinitionsByTenant200ResponseInner {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        ExportFormDefinitionsByTenant200ResponseInner {
            object: None,
            self_: None,
            version: None,
        }
    }
}
