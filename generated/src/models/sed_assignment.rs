//! `SedAssignment`, from `beta/schemas/SedAssignment.yaml`.

use crate::models::SedAssignee;

/// Sed Assignment
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SedAssignment {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub assignee: Option<SedAssignee>,
    /// List of SED id's
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub items: Option<Vec<String>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl SedAssignment {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        SedAssignment {
            assignee: None,
            items: None,
            additional_properties: Default::default(),
        }
    }
}
