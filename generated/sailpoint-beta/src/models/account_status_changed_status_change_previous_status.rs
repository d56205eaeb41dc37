//! `AccountStatusChangedStatusChangePreviousStatus`, from `beta/schemas/AccountStatusChanged.yaml#/properties/statusChange/properties/previousStatus`.

/// the previous status of the account
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum AccountStatusChangedStatusChangePreviousStatus {
    /// `enabled`
    Enabled,
    /// `disabled`
    Disabled,
    /// `locked`
    Locked,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl AccountStatusChangedStatusChangePreviousStatus {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            AccountStatusChangedStatusChangePreviousStatus::Enabled => "enabled",
            AccountStatusChangedStatusChangePreviousStatus::Disabled => "disabled",
            AccountStatusChangedStatusChangePreviousStatus::Locked => "locked",
            AccountStatusChangedStatusChangePreviousStatus::Unknown(value) => value,
        }
    }
}

impl From<&str> for AccountStatusChangedStatusChangePreviousStatus {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "enabled" => AccountStatusChangedStatusChangePreviousStatus::Enabled,
            "disabled" => AccountStatusChangedStatusChangePreviousStatus::Disabled,
            "locked" => AccountStatusChangedStatusChangePreviousStatus::Locked,
            other => {
                AccountStatusChangedStatusChangePreviousStatus::Unknown(other.to_owned())
            }
        }
    }
}

crate::string_enum_impls!(AccountStatusChangedStatusChangePreviousStatus);
