//! `WorkflowLibraryOperator`, from `beta/schemas/WorkflowLibraryOperator.yaml`.

use crate::models::WorkflowLibraryFormFields;

/// `WorkflowLibraryOperator` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct WorkflowLibraryOperator {
    /// Operator ID.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub id: Option<String>,
    /// Operator friendly name
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub name: Option<String>,
    /// Operator type
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub r#type: Option<String>,
    /// Description of the operator
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
    /// One or more inputs that the operator accepts
    #[serde(rename = "formFields", default, skip_serializing_if = "Option::is_none")]
    pub form_fields: Option<Vec<WorkflowLibraryFormFields>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl WorkflowLibraryOperator {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        WorkflowLibraryOperator {
            id: None,
            name: None,
            r#type: None,
            description: None,
            is_dynamic_schema: None,
            deprecated: None,
            deprecated_by: None,
            is_simulation_enabled: None,
            form_fields: None,
            additional_properties: Default::default(),
        }
    }
}
