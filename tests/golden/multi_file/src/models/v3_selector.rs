//! `V3Selector`, from `v3/schemas/Selector.yaml`.

use crate::models::V3SelectorType;

/// The upper-case `Selector.yaml`; collides by case with `schemas/selector.yaml`.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct V3Selector {
    /// Selector type.
    pub r#type: V3SelectorType,
    /// Selector values.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub values: Option<Vec<String>>,
}

impl V3Selector {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new(r#type: V3SelectorType) -> Self {
        V3Selector { r#type, values: None }
    }
}
