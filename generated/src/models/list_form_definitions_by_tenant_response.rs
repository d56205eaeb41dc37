//! `ListFormDefinitionsByTenantResponse`, from `beta/schemas/forms/ListFormDefinitionsByTenantResponse.yaml`.

use crate::models::FormDefinitionResponse;

/// `ListFormDefinitionsByTenantResponse` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ListFormDefinitionsByTenantResponse {
    /// Count number of results.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub count: Option<i64>,
    /// List of FormDefinitionResponse items.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub results: Option<Vec<FormDefinitionResponse>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl ListFormDefinitionsByTenantResponse {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        ListFormDefinitionsByTenantResponse {
            count: None,
            results: None,
            additional_properties: Default::default(),
        }
    }
}
