//! `FormInstanceCreatedByType`, from `beta/schemas/forms/FormInstanceCreatedBy.yaml#/properties/type`.

/// Type is a form instance created by type enum value
/// WORKFLOW_EXECUTION FormInstanceCreatedByTypeWorkflowExecution
/// SOURCE FormInstanceCreatedByTypeSource
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum FormInstanceCreatedByType {
    /// `WORKFLOW_EXECUTION`
    WorkflowExecution,
    /// `SOURCE`
    Source,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl FormInstanceCreatedByType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            FormInstanceCreatedByType::WorkflowExecution => "WORKFLOW_EXECUTION",
            FormInstanceCreatedByType::Source => "SOURCE",
            FormInstanceCreatedByType::Unknown(value) => value,
        }
    }
}

impl From<&str> for FormInstanceCreatedByType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "WORKFLOW_EXECUTION" => FormInstanceCreatedByType::WorkflowExecution,
            "SOURCE" => FormInstanceCreatedByType::Source,
            other => FormInstanceCreatedByType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(FormInstanceCreatedByType);
