//! `TaskresultdetailsMessagesInnerType`, from `apis/reports-data-extraction/schemas/taskresultdetails.yaml#/properties/messages/items/properties/type`.

/// Type of the message.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum TaskresultdetailsMessagesInnerType {
    /// `INFO`
    Info,
    /// `WARN`
    Warn,
    /// `ERROR`
    Error,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl TaskresultdetailsMessagesInnerType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            TaskresultdetailsMessagesInnerType::Info => "INFO",
            TaskresultdetailsMessagesInnerType::Warn => "WARN",
            TaskresultdetailsMessagesInnerType::Error => "ERROR",
            TaskresultdetailsMessagesInnerType::Unknown(value) => value,
        }
    }
}

impl From<&str> for TaskresultdetailsMessagesInnerType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "INFO" => TaskresultdetailsMessagesInnerType::Info,
            "WARN" => TaskresultdetailsMessagesInnerType::Warn,
            "ERROR" => TaskresultdetailsMessagesInnerType::Error,
            other => TaskresultdetailsMessagesInnerType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(TaskresultdetailsMessagesInnerType);
