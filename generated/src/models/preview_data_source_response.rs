//! `PreviewDataSourceResponse`, from `beta/schemas/forms/PreviewDataSourceResponse.yaml`.

use crate::models::FormElementDataSourceConfigOptions;

/// PreviewDataSourceResponse is the response sent by `/form-definitions/{formDefinitionID}/data-source` endpoint
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct PreviewDataSourceResponse {
    /// Results holds a list of FormElementDataSourceConfigOptions items
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub results: Option<Vec<FormElementDataSourceConfigOptions>>,
}

impl PreviewDataSourceResponse {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        PreviewDataSourceResponse {
            results: None,
        }
    }
}
