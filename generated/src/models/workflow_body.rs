//! `WorkflowBody`, from `beta/schemas/WorkflowBody.yaml`.

use crate::models::{WorkflowBodyOwner, WorkflowDefinition, WorkflowTrigger};

/// `WorkflowBody` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct WorkflowBody {
    /// The name of the workflow
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub name: Option<String>,
    /// The identity that owns the workflow.  The owner's permissions in IDN will determine what actions the workflow is allowed to perform.  Ownership can be changed by updating the owner in a PUT or PATCH request.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner: Option<WorkflowBodyOwner>,
    /// Description of what the workflow accomplishes
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub description: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub definition: Option<WorkflowDefinition>,
    /// Enable or disable the workflow.  Workflows cannot be created in an enabled state.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::boolean_option"
    )]
    pub enabled: Option<bool>,
    /// Workflow Trigger.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub trigger: Option<WorkflowTrigger>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl WorkflowBody {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        WorkflowBody {
            name: None,
            owner: None,
            description: None,
            definition: None,
            enabled: None,
            trigger: None,
            additional_properties: Default::default(),
        }
    }
}
