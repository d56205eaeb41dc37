//! `RequesteditemstatusIdentityType`, from `apis/access-requests/schemas/requesteditemstatus.yaml#/properties/identityType`.

/// Type of identity the access was requested for. Legacy requests without a stored identity type are returned as `HUMAN`.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum RequesteditemstatusIdentityType {
    /// `HUMAN`
    Human,
    /// `MACHINE`
    Machine,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl RequesteditemstatusIdentityType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            RequesteditemstatusIdentityType::Human => "HUMAN",
            RequesteditemstatusIdentityType::Machine => "MACHINE",
            RequesteditemstatusIdentityType::Unknown(value) => value,
        }
    }
}

impl From<&str> for RequesteditemstatusIdentityType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "HUMAN" => RequesteditemstatusIdentityType::Human,
            "MACHINE" => RequesteditemstatusIdentityType::Machine,
            other => RequesteditemstatusIdentityType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(RequesteditemstatusIdentityType);
