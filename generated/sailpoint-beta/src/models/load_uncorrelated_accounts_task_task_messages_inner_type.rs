//! `LoadUncorrelatedAccountsTaskTaskMessagesInnerType`, from `beta/schemas/LoadUncorrelatedAccountsTask.yaml#/properties/task/properties/messages/items/properties/type`.

/// Type of the message.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum LoadUncorrelatedAccountsTaskTaskMessagesInnerType {
    /// `INFO`
    Info,
    /// `WARN`
    Warn,
    /// `ERROR`
    Error,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl LoadUncorrelatedAccountsTaskTaskMessagesInnerType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            LoadUncorrelatedAccountsTaskTaskMessagesInnerType::Info => "INFO",
            LoadUncorrelatedAccountsTaskTaskMessagesInnerType::Warn => "WARN",
            LoadUncorrelatedAccountsTaskTaskMessagesInnerType::Error => "ERROR",
            LoadUncorrelatedAccountsTaskTaskMessagesInnerType::Unknown(value) => value,
        }
    }
}

impl From<&str> for LoadUncorrelatedAccountsTaskTaskMessagesInnerType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "INFO" => LoadUncorrelatedAccountsTaskTaskMessagesInnerType::Info,
            "WARN" => LoadUncorrelatedAccountsTaskTaskMessagesInnerType::Warn,
            "ERROR" => LoadUncorrelatedAccountsTaskTaskMessagesInnerType::Error,
            other => {
                LoadUncorrelatedAccountsTaskTaskMessagesInnerType::Unknown(
                    other.to_owned(),
                )
            }
        }
    }
}

crate::string_enum_impls!(LoadUncorrelatedAccountsTaskTaskMessagesInnerType);
