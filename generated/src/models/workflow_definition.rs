//! `WorkflowDefinition`, from `beta/schemas/WorkflowDefinition.yaml`.

/// The map of steps that the workflow will execute.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct WorkflowDefinition {
    /// The name of the starting step.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub start: Option<String>,
    /// One or more step objects that comprise this workflow.  Please see the Workflow documentation to see the JSON schema for each step type.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub steps: Option<serde_json::Map<String, serde_json::Value>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl WorkflowDefinition {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        WorkflowDefinition {
            start: None,
            steps: None,
            additional_properties: Default::default(),
        }
    }
}
