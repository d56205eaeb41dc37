//! `LoadAccountsTaskTaskMessagesInnerType`, from `beta/schemas/LoadAccountsTask.yaml#/properties/task/properties/messages/items/properties/type`.

/// Type of the message.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum LoadAccountsTaskTaskMessagesInnerType {
    /// `INFO`
    Info,
    /// `WARN`
    Warn,
    /// `ERROR`
    Error,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl LoadAccountsTaskTaskMessagesInnerType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            LoadAccountsTaskTaskMessagesInnerType::Info => "INFO",
            LoadAccountsTaskTaskMessagesInnerType::Warn => "WARN",
            LoadAccountsTaskTaskMessagesInnerType::Error => "ERROR",
            LoadAccountsTaskTaskMessagesInnerType::Unknown(value) => value,
        }
    }
}

impl From<&str> for LoadAccountsTaskTaskMessagesInnerType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "INFO" => LoadAccountsTaskTaskMessagesInnerType::Info,
            "WARN" => LoadAccountsTaskTaskMessagesInnerType::Warn,
            "ERROR" => LoadAccountsTaskTaskMessagesInnerType::Error,
            other => LoadAccountsTaskTaskMessagesInnerType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(LoadAccountsTaskTaskMessagesInnerType);
