//! `Arrays`, from `openapi.yaml#/components/schemas/Arrays`.

use crate::models::Cat;

/// Array shapes.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct Arrays {
    /// Array of strings.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub counts: Option<Vec<i32>>,
    /// Array of refs.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cats: Option<Vec<Cat>>,
    /// Nested arrays.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub matrix: Option<Vec<Vec<f64>>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Arrays {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        Arrays {
            tags: None,
            counts: None,
            cats: None,
            matrix: None,
            additional_properties: Default::default(),
        }
    }
}
