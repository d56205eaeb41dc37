//! `FilterValue`, from `openapi.yaml#/components/schemas/FilterValue`.

use crate::models::FilterValueValue;

/// Holds a oneOf with primitive alternatives.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct FilterValue {
    /// The value to compare; string, boolean, integer, object or array.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<FilterValueValue>,
}

impl FilterValue {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        FilterValue { value: None }
    }
}
