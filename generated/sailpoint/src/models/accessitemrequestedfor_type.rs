//! `AccessitemrequestedforType`, from `apis/access-request-approvals/schemas/accessitemrequestedfor.yaml#/properties/type`.

/// DTO type of identity the access item is requested for.
/// `IDENTITY` for human identities.
/// `MACHINE_IDENTITY` for machine identities. When `MACHINE_IDENTITY`, `id` is the machine identity id.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum AccessitemrequestedforType {
    /// `IDENTITY`
    Identity,
    /// `MACHINE_IDENTITY`
    MachineIdentity,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl AccessitemrequestedforType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            AccessitemrequestedforType::Identity => "IDENTITY",
            AccessitemrequestedforType::MachineIdentity => "MACHINE_IDENTITY",
            AccessitemrequestedforType::Unknown(value) => value,
        }
    }
}

impl From<&str> for AccessitemrequestedforType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "IDENTITY" => AccessitemrequestedforType::Identity,
            "MACHINE_IDENTITY" => AccessitemrequestedforType::MachineIdentity,
            other => AccessitemrequestedforType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(AccessitemrequestedforType);
