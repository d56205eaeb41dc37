//! `AccountstatuschangedStatusChangeNewStatus`, from `apis/identity-history/schemas/accountstatuschanged.yaml#/properties/statusChange/properties/newStatus`.

/// the new status of the account
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum AccountstatuschangedStatusChangeNewStatus {
    /// `enabled`
    Enabled,
    /// `disabled`
    Disabled,
    /// `locked`
    Locked,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl AccountstatuschangedStatusChangeNewStatus {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            AccountstatuschangedStatusChangeNewStatus::Enabled => "enabled",
            AccountstatuschangedStatusChangeNewStatus::Disabled => "disabled",
            AccountstatuschangedStatusChangeNewStatus::Locked => "locked",
            AccountstatuschangedStatusChangeNewStatus::Unknown(value) => value,
        }
    }
}

impl From<&str> for AccountstatuschangedStatusChangeNewStatus {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "enabled" => AccountstatuschangedStatusChangeNewStatus::Enabled,
            "disabled" => AccountstatuschangedStatusChangeNewStatus::Disabled,
            "locked" => AccountstatuschangedStatusChangeNewStatus::Locked,
            other => AccountstatuschangedStatusChangeNewStatus::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(AccountstatuschangedStatusChangeNewStatus);
