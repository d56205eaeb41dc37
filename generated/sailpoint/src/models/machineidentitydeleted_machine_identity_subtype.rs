//! `MachineidentitydeletedMachineIdentitySubtype`, from `apis/triggers/schemas/machineidentitydeleted.yaml#/properties/machineIdentity/properties/subtype`.

/// Subtype of the machine identity.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum MachineidentitydeletedMachineIdentitySubtype {
    /// `AI Agent`
    AiAgent,
    /// `Application`
    Application,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl MachineidentitydeletedMachineIdentitySubtype {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            MachineidentitydeletedMachineIdentitySubtype::AiAgent => "AI Agent",
            MachineidentitydeletedMachineIdentitySubtype::Application => "Application",
            MachineidentitydeletedMachineIdentitySubtype::Unknown(value) => value,
        }
    }
}

impl From<&str> for MachineidentitydeletedMachineIdentitySubtype {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "AI Agent" => MachineidentitydeletedMachineIdentitySubtype::AiAgent,
            "Application" => MachineidentitydeletedMachineIdentitySubtype::Application,
            other => {
                MachineidentitydeletedMachineIdentitySubtype::Unknown(other.to_owned())
            }
        }
    }
}

crate::string_enum_impls!(MachineidentitydeletedMachineIdentitySubtype);
