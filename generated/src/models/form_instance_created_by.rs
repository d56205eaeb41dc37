//! `FormInstanceCreatedBy`, from `beta/schemas/forms/FormInstanceCreatedBy.yaml`.

use crate::models::FormInstanceCreatedByType;

/// `FormInstanceCreatedBy` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct FormInstanceCreatedBy {
    /// ID is a unique identifier
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub id: Option<String>,
    /// Type is a form instance created by type enum value
    /// WORKFLOW_EXECUTION FormInstanceCreatedByTypeWorkflowExecution
    /// SOURCE FormInstanceCreatedByTypeSource
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<FormInstanceCreatedByType>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl FormInstanceCreatedBy {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        FormInstanceCreatedBy {
            id: None,
            r#type: None,
            additional_properties: Default::default(),
        }
    }
}
