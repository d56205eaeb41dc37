//! `FormElementPreviewRequest`, from `beta/schemas/forms/FormElementPreviewRequest.yaml`.

use crate::models::FormElementDynamicDataSource;

/// `FormElementPreviewRequest` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct FormElementPreviewRequest {
    #[serde(rename = "dataSource", default, skip_serializing_if = "Option::is_none")]
    pub data_source: Option<FormElementDynamicDataSource>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl FormElementPreviewRequest {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        FormElementPreviewRequest {
            data_source: None,
            additional_properties: Default::default(),
        }
    }
}
