//! `WorkflowLibraryFormFields`, from `beta/schemas/WorkflowLibraryFormFields.yaml`.

use crate::models::WorkflowLibraryFormFieldsType;

/// `WorkflowLibraryFormFields` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct WorkflowLibraryFormFields {
    /// Description of the form field
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub description: Option<String>,
    /// Describes the form field in the UI
    #[serde(
        rename = "helpText",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub help_text: Option<String>,
    /// A human readable name for this form field in the UI
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub label: Option<String>,
    /// The name of the input attribute
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub name: Option<String>,
    /// Denotes if this field is a required attribute
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::boolean_option"
    )]
    pub required: Option<bool>,
    /// The type of the form field
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<WorkflowLibraryFormFieldsType>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl WorkflowLibraryFormFields {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        WorkflowLibraryFormFields {
            description: None,
            help_text: None,
            label: None,
            name: None,
            required: None,
            r#type: None,
            additional_properties: Default::default(),
        }
    }
}
