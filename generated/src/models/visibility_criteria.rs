//! `VisibilityCriteria`, from `beta/schemas/VisibilityCriteria.yaml`.

use crate::models::Expression;

/// `VisibilityCriteria` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct VisibilityCriteria {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expression: Option<Expression>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl VisibilityCriteria {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        VisibilityCriteria {
            expression: None,
            additional_properties: Default::default(),
        }
    }
}
