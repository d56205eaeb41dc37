//! `WorkflowCreatorType`, from `apis/workflows/schemas/workflow.yaml#/allOf/0/properties/creator/properties/type`.

/// Workflow creator's DTO type.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum WorkflowCreatorType {
    /// `IDENTITY`
    Identity,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl WorkflowCreatorType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            WorkflowCreatorType::Identity => "IDENTITY",
            WorkflowCreatorType::Unknown(value) => value,
        }
    }
}

impl From<&str> for WorkflowCreatorType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "IDENTITY" => WorkflowCreatorType::Identity,
            other => WorkflowCreatorType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(WorkflowCreatorType);
