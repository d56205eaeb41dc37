//! `FormSubmittedCreatedByType`, from `beta/schemas/trigger/example-input/FormSubmitted.yaml#/properties/createdBy/properties/type`.

/// Form creation origin's type.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum FormSubmittedCreatedByType {
    /// `WORKFLOW_EXECUTION`
    WorkflowExecution,
    /// `SOURCE`
    Source,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl FormSubmittedCreatedByType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            FormSubmittedCreatedByType::WorkflowExecution => "WORKFLOW_EXECUTION",
            FormSubmittedCreatedByType::Source => "SOURCE",
            FormSubmittedCreatedByType::Unknown(value) => value,
        }
    }
}

impl From<&str> for FormSubmittedCreatedByType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "WORKFLOW_EXECUTION" => FormSubmittedCreatedByType::WorkflowExecution,
            "SOURCE" => FormSubmittedCreatedByType::Source,
            other => FormSubmittedCreatedByType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(FormSubmittedCreatedByType);
