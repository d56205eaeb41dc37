//! `WorkflowLibraryAction`, from `beta/schemas/WorkflowLibraryAction.yaml`.

use crate::models::{WorkflowLibraryActionExampleOutput, WorkflowLibraryFormFields};

/// `WorkflowLibraryAction` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct WorkflowLibraryAction {
    /// Action ID. This is a static namespaced ID for the action
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub id: Option<String>,
    /// Action Name
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub name: Option<String>,
    /// Action type
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub r#type: Option<String>,
    /// Action Description
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub description: Option<String>,
    /// One or more inputs that the action accepts
    #[serde(rename = "formFields", default, skip_serializing_if = "Option::is_none")]
    pub form_fields: Option<Vec<WorkflowLibraryFormFields>>,
    #[serde(rename = "exampleOutput", default, skip_serializing_if = "Option::is_none")]
    pub example_output: Option<WorkflowLibraryActionExampleOutput>,
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
    /// Version number
    #[serde(rename = "versionNumber", default, skip_serializing_if = "Option::is_none")]
    pub version_number: Option<i64>,
    #[serde(
        rename = "isSimulationEnabled",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::boolean_option"
    )]
    pub is_simulation_enabled: Option<bool>,
    /// Determines whether the dynamic output schema is returned in place of the action's output schema. The dynamic schema lists non-static properties, like properties of a workflow form where each form has different fields. These will be provided dynamically based on available form fields.
    #[serde(
        rename = "isDynamicSchema",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::boolean_option"
    )]
    pub is_dynamic_schema: Option<bool>,
    /// Defines the output schema, if any, that this action produces.
    #[serde(rename = "outputSchema", default, skip_serializing_if = "Option::is_none")]
    pub output_schema: Option<serde_json::Map<String, serde_json::Value>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl WorkflowLibraryAction {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        WorkflowLibraryAction {
            id: None,
            name: None,
            r#type: None,
            description: None,
            form_fields: None,
            example_output: None,
            deprecated: None,
            deprecated_by: None,
            version_number: None,
            is_simulation_enabled: None,
            is_dynamic_schema: None,
            output_schema: None,
            additional_properties: Default::default(),
        }
    }
}
