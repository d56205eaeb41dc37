//! `AccountStatusChangedStatusChangeNewStatus`, from `beta/schemas/AccountStatusChanged.yaml#/properties/statusChange/properties/newStatus`.

/// the new status of the account
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum AccountStatusChangedStatusChangeNewStatus {
    /// `enabled`
    Enabled,
    /// `disabled`
    Disabled,
    /// `locked`
    Locked,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl AccountStatusChangedStatusChangeNewStatus {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            AccountStatusChangedStatusChangeNewStatus::Enabled => "enabled",
            AccountStatusChangedStatusChangeNewStatus::Disabled => "disabled",
            AccountStatusChangedStatusChangeNewStatus::Locked => "locked",
            AccountStatusChangedStatusChangeNewStatus::Unknown(value) => value,
        }
    }
}

impl From<&str> for AccountStatusChangedStatusChangeNewStatus {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "enabled" => AccountStatusChangedStatusChangeNewStatus::Enabled,
            "disabled" => AccountStatusChangedStatusChangeNewStatus::Disabled,
            "locked" => AccountStatusChangedStatusChangeNewStatus::Locked,
            other => AccountStatusChangedStatusChangeNewStatus::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(AccountStatusChangedStatusChangeNewStatus);
