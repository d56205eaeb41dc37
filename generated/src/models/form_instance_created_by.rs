//! `FormInstanceCreatedBy`, from `beta/schemas/forms/FormInstanceCreatedBy.yaml`.

use crate::models::FormInstanceCreatedByType;

/// `FormInstanceCreatedBy` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
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
}

impl FormInstanceCreatedBy {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        FormInstanceCreatedBy {
            id: None,
            r#type: None,
        }
    }
}
