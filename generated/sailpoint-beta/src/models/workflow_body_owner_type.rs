//! `WorkflowBodyOwnerType`, from `beta/schemas/WorkflowBody.yaml#/properties/owner/properties/type`.

/// The type of object that is referenced
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum WorkflowBodyOwnerType {
    /// `IDENTITY`
    Identity,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl WorkflowBodyOwnerType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            WorkflowBodyOwnerType::Identity => "IDENTITY",
            WorkflowBodyOwnerType::Unknown(value) => value,
        }
    }
}

impl From<&str> for WorkflowBodyOwnerType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "IDENTITY" => WorkflowBodyOwnerType::Identity,
            other => WorkflowBodyOwnerType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(WorkflowBodyOwnerType);
