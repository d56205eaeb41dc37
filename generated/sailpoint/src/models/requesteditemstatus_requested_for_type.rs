//! `RequesteditemstatusRequestedForType`, from `apis/access-requests/schemas/requesteditemstatus.yaml#/properties/requestedFor/properties/type`.

/// Type of the object to which this reference applies
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum RequesteditemstatusRequestedForType {
    /// `IDENTITY`
    Identity,
    /// `MACHINE_IDENTITY`
    MachineIdentity,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl RequesteditemstatusRequestedForType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            RequesteditemstatusRequestedForType::Identity => "IDENTITY",
            RequesteditemstatusRequestedForType::MachineIdentity => "MACHINE_IDENTITY",
            RequesteditemstatusRequestedForType::Unknown(value) => value,
        }
    }
}

impl From<&str> for RequesteditemstatusRequestedForType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "IDENTITY" => RequesteditemstatusRequestedForType::Identity,
            "MACHINE_IDENTITY" => RequesteditemstatusRequestedForType::MachineIdentity,
            other => RequesteditemstatusRequestedForType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(RequesteditemstatusRequestedForType);
