//! `RequestedfordtorefIdentityType`, from `apis/access-requests/schemas/requestedfordtoref.yaml#/properties/identityType`.

/// Type of identity the access is requested for.
/// * `HUMAN` (default) - standard human identity access request.
/// * `MACHINE` - machine identity access request. When `MACHINE`, all entries in the request must also be `MACHINE` (mixed human and machine identities in one request are not supported), and only `ENTITLEMENT` items are allowed.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum RequestedfordtorefIdentityType {
    /// `HUMAN`
    Human,
    /// `MACHINE`
    Machine,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl RequestedfordtorefIdentityType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            RequestedfordtorefIdentityType::Human => "HUMAN",
            RequestedfordtorefIdentityType::Machine => "MACHINE",
            RequestedfordtorefIdentityType::Unknown(value) => value,
        }
    }
}

impl From<&str> for RequestedfordtorefIdentityType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "HUMAN" => RequestedfordtorefIdentityType::Human,
            "MACHINE" => RequestedfordtorefIdentityType::Machine,
            other => RequestedfordtorefIdentityType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(RequestedfordtorefIdentityType);
