//! `ExportFormDefinitionsByTenant200ResponseInner`, from `beta/paths/form-definitions-export.yaml#/get/responses/200/content/application~1json/schema/items`.

use crate::models::{FormDefinitionResponse, FormDefinitionSelfImportExportDto};

/// `ExportFormDefinitionsByTenant200ResponseInner` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ExportFormDefinitionsByTenant200ResponseInner {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub object: Option<FormDefinitionResponse>,
    #[serde(rename = "self", default, skip_serializing_if = "Option::is_none")]
    pub self_: Option<FormDefinitionSelfImportExportDto>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub version: Option<i64>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl ExportFormDefinitionsByTenant200ResponseInner {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        ExportFormDefinitionsByTenant200ResponseInner {
            object: None,
            self_: None,
            version: None,
            additional_properties: Default::default(),
        }
    }
}
