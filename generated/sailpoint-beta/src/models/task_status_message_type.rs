//! `TaskStatusMessageType`, from `beta/schemas/TaskStatusMessage.yaml#/properties/type`.

/// Type of the message
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum TaskStatusMessageType {
    /// `INFO`
    Info,
    /// `WARN`
    Warn,
    /// `ERROR`
    Error,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl TaskStatusMessageType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            TaskStatusMessageType::Info => "INFO",
            TaskStatusMessageType::Warn => "WARN",
            TaskStatusMessageType::Error => "ERROR",
            TaskStatusMessageType::Unknown(value) => value,
        }
    }
}

impl From<&str> for TaskStatusMessageType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "INFO" => TaskStatusMessageType::Info,
            "WARN" => TaskStatusMessageType::Warn,
            "ERROR" => TaskStatusMessageType::Error,
            other => TaskStatusMessageType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(TaskStatusMessageType);
