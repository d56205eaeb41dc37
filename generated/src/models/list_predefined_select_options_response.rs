//! `ListPredefinedSelectOptionsResponse`, from `beta/schemas/forms/ListPredefinedSelectOptionsResponse.yaml`.

use crate::models::PreDefinedSelectOption;

/// `ListPredefinedSelectOptionsResponse` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ListPredefinedSelectOptionsResponse {
    /// Results holds a list of PreDefinedSelectOption items
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub results: Option<Vec<PreDefinedSelectOption>>,
}

impl ListPredefinedSelectOptionsResponse {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        ListPredefinedSelectOptionsResponse {
            results: None,
        }
    }
}
