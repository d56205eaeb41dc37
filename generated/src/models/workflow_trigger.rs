//! `WorkflowTrigger`, from `beta/schemas/WorkflowTrigger.yaml`.

use crate::models::{WorkflowTriggerAttributes, WorkflowTriggerType};

/// The trigger that starts the workflow
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct WorkflowTrigger {
    /// The trigger type
    pub r#type: WorkflowTriggerType,
    #[serde(
        rename = "displayName",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub display_name: Option<String>,
    /// Workflow Trigger Attributes.
    #[serde(default)]
    pub attributes: Option<WorkflowTriggerAttributes>,
}

impl WorkflowTrigger {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new(r#type: WorkflowTriggerType) -> Self {
        WorkflowTrigger {
            r#type,
            display_name: None,
            attributes: None,
        }
    }
}
