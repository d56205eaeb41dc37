//! `WorkflowbodyOwnerType`, from `apis/workflows/schemas/workflowbody.yaml#/properties/owner/properties/type`.

/// The type of object that is referenced
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum WorkflowbodyOwnerType {
    /// `IDENTITY`
    Identity,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl WorkflowbodyOwnerType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            WorkflowbodyOwnerType::Identity => "IDENTITY",
            WorkflowbodyOwnerType::Unknown(value) => value,
        }
    }
}

impl From<&str> for WorkflowbodyOwnerType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "IDENTITY" => WorkflowbodyOwnerType::Identity,
            other => WorkflowbodyOwnerType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(WorkflowbodyOwnerType);
