//! `AccountstatuschangedStatusChangePreviousStatus`, from `apis/identity-history/schemas/accountstatuschanged.yaml#/properties/statusChange/properties/previousStatus`.

/// the previous status of the account
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum AccountstatuschangedStatusChangePreviousStatus {
    /// `enabled`
    Enabled,
    /// `disabled`
    Disabled,
    /// `locked`
    Locked,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl AccountstatuschangedStatusChangePreviousStatus {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            AccountstatuschangedStatusChangePreviousStatus::Enabled => "enabled",
            AccountstatuschangedStatusChangePreviousStatus::Disabled => "disabled",
            AccountstatuschangedStatusChangePreviousStatus::Locked => "locked",
            AccountstatuschangedStatusChangePreviousStatus::Unknown(value) => value,
        }
    }
}

impl From<&str> for AccountstatuschangedStatusChangePreviousStatus {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "enabled" => AccountstatuschangedStatusChangePreviousStatus::Enabled,
            "disabled" => AccountstatuschangedStatusChangePreviousStatus::Disabled,
            "locked" => AccountstatuschangedStatusChangePreviousStatus::Locked,
            other => {
                AccountstatuschangedStatusChangePreviousStatus::Unknown(other.to_owned())
            }
        }
    }
}

crate::string_enum_impls!(AccountstatuschangedStatusChangePreviousStatus);
