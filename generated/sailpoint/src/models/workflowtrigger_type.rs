//! `WorkflowtriggerType`, from `apis/workflows/schemas/workflowtrigger.yaml#/properties/type`.

/// The trigger type
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum WorkflowtriggerType {
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

impl WorkflowtriggerType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            WorkflowtriggerType::Event => "EVENT",
            WorkflowtriggerType::External => "EXTERNAL",
            WorkflowtriggerType::Scheduled => "SCHEDULED",
            WorkflowtriggerType::Empty => "",
            WorkflowtriggerType::Unknown(value) => value,
        }
    }
}

impl From<&str> for WorkflowtriggerType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "EVENT" => WorkflowtriggerType::Event,
            "EXTERNAL" => WorkflowtriggerType::External,
            "SCHEDULED" => WorkflowtriggerType::Scheduled,
            "" => WorkflowtriggerType::Empty,
            other => WorkflowtriggerType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(WorkflowtriggerType);
