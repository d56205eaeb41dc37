//! `TaskstatusmessageType`, from `apis/shared/schemas/taskstatusmessage.yaml#/properties/type`.

/// Type of the message
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum TaskstatusmessageType {
    /// `INFO`
    Info,
    /// `WARN`
    Warn,
    /// `ERROR`
    Error,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl TaskstatusmessageType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            TaskstatusmessageType::Info => "INFO",
            TaskstatusmessageType::Warn => "WARN",
            TaskstatusmessageType::Error => "ERROR",
            TaskstatusmessageType::Unknown(value) => value,
        }
    }
}

impl From<&str> for TaskstatusmessageType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "INFO" => TaskstatusmessageType::Info,
            "WARN" => TaskstatusmessageType::Warn,
            "ERROR" => TaskstatusmessageType::Error,
            other => TaskstatusmessageType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(TaskstatusmessageType);
