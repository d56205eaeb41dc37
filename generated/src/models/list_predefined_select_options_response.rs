//! `ListPredefinedSelectOptionsResponse`, from `beta/schemas/forms/ListPredefinedSelectOptionsResponse.yaml`.

use crate::models::PreDefinedSelectOption;

/// `ListPredefinedSelectOptionsResponse` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ListPredefinedSelectOptionsResponse {
    /// Results holds a list of PreDefinedSelectOption items
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub results: Option<Vec<PreDefinedSelectOption>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl ListPredefinedSelectOptionsResponse {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        ListPredefinedSelectOptionsResponse {
            results: None,
            additional_properties: Default::default(),
        }
    }
}
