//! `WorkflowTriggerType`, from `beta/schemas/WorkflowTrigger.yaml#/properties/type`.

/// The trigger type
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum WorkflowTriggerType {
    /// `EVENT`
    Event,
    /// `EXTERNAL`
    External,
    /// `SCHEDULED`
    Scheduled,
    /// `""`
    Empty,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl WorkflowTriggerType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            WorkflowTriggerType::Event => "EVENT",
            WorkflowTriggerType::External => "EXTERNAL",
            WorkflowTriggerType::Scheduled => "SCHEDULED",
            WorkflowTriggerType::Empty => "",
            WorkflowTriggerType::Unknown(value) => value,
        }
    }
}

impl From<&str> for WorkflowTriggerType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "EVENT" => WorkflowTriggerType::Event,
            "EXTERNAL" => WorkflowTriggerType::External,
            "SCHEDULED" => WorkflowTriggerType::Scheduled,
            "" => WorkflowTriggerType::Empty,
            other => WorkflowTriggerType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(WorkflowTriggerType);
