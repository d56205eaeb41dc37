//! `WorkflowlibrarytriggerType`, from `apis/workflows/schemas/workflowlibrarytrigger.yaml#/properties/type`.

/// Trigger type
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum WorkflowlibrarytriggerType {
    /// `EVENT`
    Event,
    /// `SCHEDULED`
    Scheduled,
    /// `EXTERNAL`
    External,
    /// `AccessRequestTrigger`
    AccessRequestTrigger,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl WorkflowlibrarytriggerType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            WorkflowlibrarytriggerType::Event => "EVENT",
            WorkflowlibrarytriggerType::Scheduled => "SCHEDULED",
            WorkflowlibrarytriggerType::External => "EXTERNAL",
            WorkflowlibrarytriggerType::AccessRequestTrigger => "AccessRequestTrigger",
            WorkflowlibrarytriggerType::Unknown(value) => value,
        }
    }
}

impl From<&str> for WorkflowlibrarytriggerType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "EVENT" => WorkflowlibrarytriggerType::Event,
            "SCHEDULED" => WorkflowlibrarytriggerType::Scheduled,
            "EXTERNAL" => WorkflowlibrarytriggerType::External,
            "AccessRequestTrigger" => WorkflowlibrarytriggerType::AccessRequestTrigger,
            other => WorkflowlibrarytriggerType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(WorkflowlibrarytriggerType);
