//! `AccessRequestContext`, from `beta/schemas/AccessRequestContext.yaml`.

use crate::models::ContextAttributeDto;

/// `AccessRequestContext` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct AccessRequestContext {
    #[serde(
        rename = "contextAttributes",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub context_attributes: Option<Vec<ContextAttributeDto>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl AccessRequestContext {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        AccessRequestContext {
            context_attributes: None,
            additional_properties: Default::default(),
        }
    }
}
