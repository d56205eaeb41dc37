//! `FormDefinitionResponse`, from `beta/schemas/forms/FormDefinitionResponse.yaml`.

use crate::models::{
    FormCondition, FormDefinitionInput, FormElement, FormOwner, FormUsedBy,
};

/// `FormDefinitionResponse` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct FormDefinitionResponse {
    /// Unique guid identifying the form definition.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub id: Option<String>,
    /// Name of the form definition.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub name: Option<String>,
    /// Form definition's description.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub description: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner: Option<FormOwner>,
    /// List of objects using the form definition. Whenever a system uses a form, the API reaches out to the form service to record that the system is currently using it.
    #[serde(rename = "usedBy", default, skip_serializing_if = "Option::is_none")]
    pub used_by: Option<Vec<FormUsedBy>>,
    /// List of form inputs required to create a form-instance object.
    #[serde(rename = "formInput", default, skip_serializing_if = "Option::is_none")]
    pub form_input: Option<Vec<FormDefinitionInput>>,
    /// List of nested form elements.
    #[serde(rename = "formElements", default, skip_serializing_if = "Option::is_none")]
    pub form_elements: Option<Vec<FormElement>>,
    /// Conditional logic that can dynamically modify the form as the recipient is interacting with it.
    #[serde(rename = "formConditions", default, skip_serializing_if = "Option::is_none")]
    pub form_conditions: Option<Vec<FormCondition>>,
    /// Created is the date the form definition was created
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::datetime::deserialize_option"
    )]
    pub created: Option<chrono::DateTime<chrono::Utc>>,
    /// Modified is the last date the form definition was modified
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::datetime::deserialize_option"
    )]
    pub modified: Option<chrono::DateTime<chrono::Utc>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl FormDefinitionResponse {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        FormDefinitionResponse {
            id: None,
            name: None,
            description: None,
            owner: None,
            used_by: None,
            form_input: None,
            form_elements: None,
            form_conditions: None,
            created: None,
            modified: None,
            additional_properties: Default::default(),
        }
    }
}
