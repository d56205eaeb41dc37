//! `WorkflowCreator`, from `beta/schemas/Workflow.yaml#/allOf/0/properties/creator`.

use crate::models::WorkflowCreatorType;

/// Workflow creator's identity.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct WorkflowCreator {
    /// Workflow creator's DTO type.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<WorkflowCreatorType>,
    /// Workflow creator's identity ID.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub id: Option<String>,
    /// Workflow creator's display name.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub name: Option<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl WorkflowCreator {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        WorkflowCreator {
            r#type: None,
            id: None,
            name: None,
            additional_properties: Default::default(),
        }
    }
}
