//! `LoaduncorrelatedaccountstaskTaskMessagesInnerType`, from `apis/sources/schemas/loaduncorrelatedaccountstask.yaml#/properties/task/properties/messages/items/properties/type`.

/// Type of the message.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum LoaduncorrelatedaccountstaskTaskMessagesInnerType {
    /// `INFO`
    Info,
    /// `WARN`
    Warn,
    /// `ERROR`
    Error,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl LoaduncorrelatedaccountstaskTaskMessagesInnerType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            LoaduncorrelatedaccountstaskTaskMessagesInnerType::Info => "INFO",
            LoaduncorrelatedaccountstaskTaskMessagesInnerType::Warn => "WARN",
            LoaduncorrelatedaccountstaskTaskMessagesInnerType::Error => "ERROR",
            LoaduncorrelatedaccountstaskTaskMessagesInnerType::Unknown(value) => value,
        }
    }
}

impl From<&str> for LoaduncorrelatedaccountstaskTaskMessagesInnerType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "INFO" => LoaduncorrelatedaccountstaskTaskMessagesInnerType::Info,
            "WARN" => LoaduncorrelatedaccountstaskTaskMessagesInnerType::Warn,
            "ERROR" => LoaduncorrelatedaccountstaskTaskMessagesInnerType::Error,
            other => {
                LoaduncorrelatedaccountstaskTaskMessagesInnerType::Unknown(
                    other.to_owned(),
                )
            }
        }
    }
}

crate::string_enum_impls!(LoaduncorrelatedaccountstaskTaskMessagesInnerType);
