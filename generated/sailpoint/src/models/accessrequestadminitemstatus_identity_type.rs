//! `AccessrequestadminitemstatusIdentityType`, from `apis/access-requests/schemas/accessrequestadminitemstatus.yaml#/properties/identityType`.

/// Type of identity the access was requested for. Requests without a stored identity type are returned as `HUMAN`.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum AccessrequestadminitemstatusIdentityType {
    /// `HUMAN`
    Human,
    /// `MACHINE`
    Machine,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl AccessrequestadminitemstatusIdentityType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            AccessrequestadminitemstatusIdentityType::Human => "HUMAN",
            AccessrequestadminitemstatusIdentityType::Machine => "MACHINE",
            AccessrequestadminitemstatusIdentityType::Unknown(value) => value,
        }
    }
}

impl From<&str> for AccessrequestadminitemstatusIdentityType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "HUMAN" => AccessrequestadminitemstatusIdentityType::Human,
            "MACHINE" => AccessrequestadminitemstatusIdentityType::Machine,
            other => AccessrequestadminitemstatusIdentityType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(AccessrequestadminitemstatusIdentityType);
