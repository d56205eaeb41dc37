//! `WorkflowLibraryTrigger`, from `beta/schemas/WorkflowLibraryTrigger.yaml`.

use crate::models::{WorkflowLibraryFormFields, WorkflowLibraryTriggerType};

/// `WorkflowLibraryTrigger` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct WorkflowLibraryTrigger {
    /// Trigger ID. This is a static namespaced ID for the trigger.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub id: Option<String>,
    /// Trigger type
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<WorkflowLibraryTriggerType>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::boolean_option"
    )]
    pub deprecated: Option<bool>,
    #[serde(
        rename = "deprecatedBy",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::datetime::deserialize_option"
    )]
    pub deprecated_by: Option<chrono::DateTime<chrono::Utc>>,
    #[serde(
        rename = "isSimulationEnabled",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::boolean_option"
    )]
    pub is_simulation_enabled: Option<bool>,
    /// Example output schema
    #[serde(rename = "outputSchema", default, skip_serializing_if = "Option::is_none")]
    pub output_schema: Option<serde_json::Map<String, serde_json::Value>>,
    /// Trigger Name
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub name: Option<String>,
    /// Trigger Description
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub description: Option<String>,
    /// Determines whether the dynamic output schema is returned in place of the action's output schema. The dynamic schema lists non-static properties, like properties of a workflow form where each form has different fields. These will be provided dynamically based on available form fields.
    #[serde(
        rename = "isDynamicSchema",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::boolean_option"
    )]
    pub is_dynamic_schema: Option<bool>,
    /// Example trigger payload if applicable
    #[serde(rename = "inputExample", default, skip_serializing_if = "Option::is_none")]
    pub input_example: Option<serde_json::Map<String, serde_json::Value>>,
    /// One or more inputs that the trigger accepts
    #[serde(rename = "formFields", default, skip_serializing_if = "Option::is_none")]
    pub form_fields: Option<Vec<WorkflowLibraryFormFields>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl WorkflowLibraryTrigger {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        WorkflowLibraryTrigger {
            id: None,
            r#type: None,
            deprecated: None,
            deprecated_by: None,
            is_simulation_enabled: None,
            output_schema: None,
            name: None,
            description: None,
            is_dynamic_schema: None,
            input_example: None,
            form_fields: None,
            additional_properties: Default::default(),
        }
    }
}
