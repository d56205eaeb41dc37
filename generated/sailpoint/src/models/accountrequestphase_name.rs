//! `AccountrequestphaseName`, from `apis/account-deletion-requests/schemas/accountrequestphase.yaml#/properties/name`.

/// Enum of account request phase type
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum AccountrequestphaseName {
    /// `APPROVAL_PHASE`
    ApprovalPhase,
    /// `PROVISIONING_PHASE`
    ProvisioningPhase,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl AccountrequestphaseName {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            AccountrequestphaseName::ApprovalPhase => "APPROVAL_PHASE",
            AccountrequestphaseName::ProvisioningPhase => "PROVISIONING_PHASE",
            AccountrequestphaseName::Unknown(value) => value,
        }
    }
}

impl From<&str> for AccountrequestphaseName {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "APPROVAL_PHASE" => AccountrequestphaseName::ApprovalPhase,
            "PROVISIONING_PHASE" => AccountrequestphaseName::ProvisioningPhase,
            other => AccountrequestphaseName::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(AccountrequestphaseName);
