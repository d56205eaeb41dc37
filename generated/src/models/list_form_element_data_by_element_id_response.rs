//! `ListFormElementDataByElementIdResponse`, from `beta/schemas/forms/ListFormElementDataByElementIDResponse.yaml`.

use crate::models::FormElementDataSourceConfigOptions;

/// `ListFormElementDataByElementIdResponse` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ListFormElementDataByElementIdResponse {
    /// Results holds a list of FormElementDataSourceConfigOptions items
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub results: Option<Vec<FormElementDataSourceConfigOptions>>,
}

impl ListFormElementDataByElementIdResponse {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        ListFormElementDataByElementIdResponse {
            results: None,
        }
    }
}
