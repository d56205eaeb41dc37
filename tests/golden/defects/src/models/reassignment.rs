//! `Reassignment`, from `openapi.yaml#/components/schemas/Reassignment`.

use crate::models::ReassignmentType;

/// A reassignment.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct Reassignment {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<ReassignmentType>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Reassignment {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        Reassignment {
            r#type: None,
            additional_properties: Default::default(),
        }
    }
}
