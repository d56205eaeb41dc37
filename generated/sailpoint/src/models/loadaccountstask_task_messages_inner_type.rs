//! `LoadaccountstaskTaskMessagesInnerType`, from `apis/sources/schemas/loadaccountstask.yaml#/properties/task/properties/messages/items/properties/type`.

/// Type of the message.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum LoadaccountstaskTaskMessagesInnerType {
    /// `INFO`
    Info,
    /// `WARN`
    Warn,
    /// `ERROR`
    Error,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl LoadaccountstaskTaskMessagesInnerType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            LoadaccountstaskTaskMessagesInnerType::Info => "INFO",
            LoadaccountstaskTaskMessagesInnerType::Warn => "WARN",
            LoadaccountstaskTaskMessagesInnerType::Error => "ERROR",
            LoadaccountstaskTaskMessagesInnerType::Unknown(value) => value,
        }
    }
}

impl From<&str> for LoadaccountstaskTaskMessagesInnerType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "INFO" => LoadaccountstaskTaskMessagesInnerType::Info,
            "WARN" => LoadaccountstaskTaskMessagesInnerType::Warn,
            "ERROR" => LoadaccountstaskTaskMessagesInnerType::Error,
            other => LoadaccountstaskTaskMessagesInnerType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(LoadaccountstaskTaskMessagesInnerType);
