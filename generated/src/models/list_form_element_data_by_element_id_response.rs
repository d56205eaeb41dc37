//! `ListFormElementDataByElementIdResponse`, from `beta/schemas/forms/ListFormElementDataByElementIDResponse.yaml`.

use crate::models::FormElementDataSourceConfigOptions;

/// `ListFormElementDataByElementIdResponse` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ListFormElementDataByElementIdResponse {
    /// Results holds a list of FormElementDataSourceConfigOptions items
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub results: Option<Vec<FormElementDataSourceConfigOptions>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl ListFormElementDataByElementIdResponse {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        ListFormElementDataByElementIdResponse {
            results: None,
            additional_properties: Default::default(),
        }
    }
}
