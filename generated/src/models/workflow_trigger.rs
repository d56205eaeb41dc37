//! `WorkflowTrigger`, from `beta/schemas/WorkflowTrigger.yaml`.

use crate::models::{WorkflowTriggerAttributes, WorkflowTriggerType};

/// The trigger that starts the workflow
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct WorkflowTrigger {
    /// The trigger type
    ///
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<WorkflowTriggerType>,
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
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl WorkflowTrigger {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new(r#type: WorkflowTriggerType) -> Self {
        WorkflowTrigger {
            r#type: Some(r#type),
            display_name: None,
            attributes: None,
            additional_properties: Default::default(),
        }
    }
}
