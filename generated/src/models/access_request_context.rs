//! `AccessRequestContext`, from `beta/schemas/AccessRequestContext.yaml`.

use crate::models::ContextAttributeDto;

/// `AccessRequestContext` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct AccessRequestContext {
    #[serde(
        rename = "contextAttributes",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub context_attributes: Option<Vec<ContextAttributeDto>>,
}

impl AccessRequestContext {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        AccessRequestContext {
            context_attributes: None,
        }
    }
}
