//! `FormElementPreviewRequest`, from `beta/schemas/forms/FormElementPreviewRequest.yaml`.

use crate::models::FormElementDynamicDataSource;

/// `FormElementPreviewRequest` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct FormElementPreviewRequest {
    #[serde(rename = "dataSource", default, skip_serializing_if = "Option::is_none")]
    pub data_source: Option<FormElementDynamicDataSource>,
}

impl FormElementPreviewRequest {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        FormElementPreviewRequest {
            data_source: None,
        }
    }
}
