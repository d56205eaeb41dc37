//! `ListFormDefinitionsByTenantResponse`, from `beta/schemas/forms/ListFormDefinitionsByTenantResponse.yaml`.

use crate::models::FormDefinitionResponse;

/// `ListFormDefinitionsByTenantResponse` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ListFormDefinitionsByTenantResponse {
    /// Count number of results.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub count: Option<i64>,
    /// List of FormDefinitionResponse items.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub results: Option<Vec<FormDefinitionResponse>>,
}

impl ListFormDefinitionsByTenantResponse {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        ListFormDefinitionsByTenantResponse {
            count: None,
            results: None,
        }
    }
}
