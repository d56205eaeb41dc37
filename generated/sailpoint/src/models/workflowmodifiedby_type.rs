//! `WorkflowmodifiedbyType`, from `apis/workflows/schemas/workflowmodifiedby.yaml#/properties/type`.

/// `WorkflowmodifiedbyType` as the spec defines it.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum WorkflowmodifiedbyType {
    /// `IDENTITY`
    Identity,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl WorkflowmodifiedbyType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            WorkflowmodifiedbyType::Identity => "IDENTITY",
            WorkflowmodifiedbyType::Unknown(value) => value,
        }
    }
}

impl From<&str> for WorkflowmodifiedbyType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "IDENTITY" => WorkflowmodifiedbyType::Identity,
            other => WorkflowmodifiedbyType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(WorkflowmodifiedbyType);
