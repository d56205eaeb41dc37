//! `Workflow`, from `beta/schemas/Workflow.yaml`.

use crate::models::{
    WorkflowBodyOwner, WorkflowCreator, WorkflowDefinition, WorkflowModifiedBy,
    WorkflowTrigger,
};

/// `Workflow` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct Workflow {
    /// Workflow ID. This is a UUID generated upon creation.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub id: Option<String>,
    /// The date and time the workflow was modified.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::datetime::deserialize_option"
    )]
    pub modified: Option<chrono::DateTime<chrono::Utc>>,
    #[serde(rename = "modifiedBy", default, skip_serializing_if = "Option::is_none")]
    pub modified_by: Option<WorkflowModifiedBy>,
    /// The number of times this workflow has been executed.
    #[serde(rename = "executionCount", default, skip_serializing_if = "Option::is_none")]
    pub execution_count: Option<i32>,
    /// The number of times this workflow has failed during execution.
    #[serde(rename = "failureCount", default, skip_serializing_if = "Option::is_none")]
    pub failure_count: Option<i32>,
    /// The date and time the workflow was created.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::datetime::deserialize_option"
    )]
    pub created: Option<chrono::DateTime<chrono::Utc>>,
    /// Workflow creator's identity.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub creator: Option<WorkflowCreator>,
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

impl Workflow {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        Workflow {
            id: None,
            modified: None,
            modified_by: None,
            execution_count: None,
            failure_count: None,
            created: None,
            creator: None,
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
