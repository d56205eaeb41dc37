//! `NullableRefs`, from `openapi.yaml#/components/schemas/NullableRefs`.

use crate::models::Cat;

/// The two nullable-ref patterns.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct NullableRefs {
    /// allOf with one ref and a sibling nullable.
    #[serde(rename = "ownerA", default, skip_serializing_if = "Option::is_none")]
    pub owner_a: Option<Cat>,
    /// allOf of a ref and a nullable-only schema.
    #[serde(rename = "ownerB", default, skip_serializing_if = "Option::is_none")]
    pub owner_b: Option<Cat>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl NullableRefs {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        NullableRefs {
            owner_a: None,
            owner_b: None,
            additional_properties: Default::default(),
        }
    }
}
