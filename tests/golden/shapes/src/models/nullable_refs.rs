//! `NullableRefs`, from `openapi.yaml#/components/schemas/NullableRefs`.

use crate::models::Cat;

/// The two nullable-ref patterns.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct NullableRefs {
    /// allOf with one ref and a sibling nullable.
    #[serde(rename = "ownerA", default, skip_serializing_if = "Option::is_none")]
    pub owner_a: Option<Cat>,
    /// allOf of a ref and a nullable-only schema.
    #[serde(rename = "ownerB", default, skip_serializing_if = "Option::is_none")]
    pub owner_b: Option<Cat>,
}

impl NullableRefs {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        NullableRefs {
            owner_a: None,
            owner_b: None,
        }
    }
}
