//! `SedAssignment`, from `beta/schemas/SedAssignment.yaml`.

use crate::models::SedAssignee;

/// Sed Assignment
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct SedAssignment {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub assignee: Option<SedAssignee>,
    /// List of SED id's
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub items: Option<Vec<String>>,
}

impl SedAssignment {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        SedAssignment {
            assignee: None,
            items: None,
        }
    }
}
