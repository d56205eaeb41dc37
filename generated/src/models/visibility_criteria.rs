//! `VisibilityCriteria`, from `beta/schemas/VisibilityCriteria.yaml`.

use crate::models::Expression;

/// `VisibilityCriteria` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct VisibilityCriteria {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expression: Option<Expression>,
}

impl VisibilityCriteria {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        VisibilityCriteria {
            expression: None,
        }
    }
}
