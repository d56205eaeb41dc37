//! `WorkflowModifiedBy`, from `beta/schemas/WorkflowModifiedBy.yaml`.

use crate::models::WorkflowModifiedByType;

/// `WorkflowModifiedBy` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct WorkflowModifiedBy {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<WorkflowModifiedByType>,
    /// Identity ID
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub id: Option<String>,
    /// Human-readable display name of identity.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub name: Option<String>,
}

impl WorkflowModifiedBy {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        WorkflowModifiedBy {
            r#type: None,
            id: None,
            name: None,
        }
    }
}
