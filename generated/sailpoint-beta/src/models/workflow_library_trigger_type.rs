//! `WorkflowLibraryTriggerType`, from `beta/schemas/WorkflowLibraryTrigger.yaml#/properties/type`.

/// Trigger type
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum WorkflowLibraryTriggerType {
    /// `EVENT`
    Event,
    /// `SCHEDULED`
    Scheduled,
    /// `EXTERNAL`
    External,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl WorkflowLibraryTriggerType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            WorkflowLibraryTriggerType::Event => "EVENT",
            WorkflowLibraryTriggerType::Scheduled => "SCHEDULED",
            WorkflowLibraryTriggerType::External => "EXTERNAL",
            WorkflowLibraryTriggerType::Unknown(value) => value,
        }
    }
}

impl From<&str> for WorkflowLibraryTriggerType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "EVENT" => WorkflowLibraryTriggerType::Event,
            "SCHEDULED" => WorkflowLibraryTriggerType::Scheduled,
            "EXTERNAL" => WorkflowLibraryTriggerType::External,
            other => WorkflowLibraryTriggerType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(WorkflowLibraryTriggerType);
