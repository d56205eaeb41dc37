//! `AccessrequestadminitemstatusRequestedForType`, from `apis/access-requests/schemas/accessrequestadminitemstatus.yaml#/properties/requestedFor/properties/type`.

/// Type of the object to which this reference applies
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum AccessrequestadminitemstatusRequestedForType {
    /// `IDENTITY`
    Identity,
    /// `MACHINE_IDENTITY`
    MachineIdentity,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl AccessrequestadminitemstatusRequestedForType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            AccessrequestadminitemstatusRequestedForType::Identity => "IDENTITY",
            AccessrequestadminitemstatusRequestedForType::MachineIdentity => {
                "MACHINE_IDENTITY"
            }
            AccessrequestadminitemstatusRequestedForType::Unknown(value) => value,
        }
    }
}

impl From<&str> for AccessrequestadminitemstatusRequestedForType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "IDENTITY" => AccessrequestadminitemstatusRequestedForType::Identity,
            "MACHINE_IDENTITY" => {
                AccessrequestadminitemstatusRequestedForType::MachineIdentity
            }
            other => {
                AccessrequestadminitemstatusRequestedForType::Unknown(other.to_owned())
            }
        }
    }
}

crate::string_enum_impls!(AccessrequestadminitemstatusRequestedForType);
