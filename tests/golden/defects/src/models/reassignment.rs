//! `Reassignment`, from `openapi.yaml#/components/schemas/Reassignment`.

use crate::models::ReassignmentType;

/// A reassignment.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Reassignment {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<ReassignmentType>,
}

impl Reassignment {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        Reassignment { r#type: None }
    }
}
