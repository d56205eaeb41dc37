//! `ForminstancecreatedbyType`, from `apis/custom-forms/schemas/forminstancecreatedby.yaml#/properties/type`.

/// Type is a form instance created by type enum value
/// WORKFLOW_EXECUTION FormInstanceCreatedByTypeWorkflowExecution
/// SOURCE FormInstanceCreatedByTypeSource
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ForminstancecreatedbyType {
    /// `WORKFLOW_EXECUTION`
    WorkflowExecution,
    /// `SOURCE`
    Source,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl ForminstancecreatedbyType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            ForminstancecreatedbyType::WorkflowExecution => "WORKFLOW_EXECUTION",
            ForminstancecreatedbyType::Source => "SOURCE",
            ForminstancecreatedbyType::Unknown(value) => value,
        }
    }
}

impl From<&str> for ForminstancecreatedbyType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "WORKFLOW_EXECUTION" => ForminstancecreatedbyType::WorkflowExecution,
            "SOURCE" => ForminstancecreatedbyType::Source,
            other => ForminstancecreatedbyType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(ForminstancecreatedbyType);
