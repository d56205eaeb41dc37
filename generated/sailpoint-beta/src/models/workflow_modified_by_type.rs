//! `WorkflowModifiedByType`, from `beta/schemas/WorkflowModifiedBy.yaml#/properties/type`.

/// `WorkflowModifiedByType` as the spec defines it.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum WorkflowModifiedByType {
    /// `IDENTITY`
    Identity,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl WorkflowModifiedByType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            WorkflowModifiedByType::Identity => "IDENTITY",
            WorkflowModifiedByType::Unknown(value) => value,
        }
    }
}

impl From<&str> for WorkflowModifiedByType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "IDENTITY" => WorkflowModifiedByType::Identity,
            other => WorkflowModifiedByType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(WorkflowModifiedByType);
