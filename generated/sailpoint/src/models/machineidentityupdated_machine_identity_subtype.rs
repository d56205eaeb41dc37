//! `MachineidentityupdatedMachineIdentitySubtype`, from `apis/triggers/schemas/machineidentityupdated.yaml#/properties/machineIdentity/properties/subtype`.

/// Subtype of the machine identity.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum MachineidentityupdatedMachineIdentitySubtype {
    /// `AI Agent`
    AiAgent,
    /// `Application`
    Application,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl MachineidentityupdatedMachineIdentitySubtype {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            MachineidentityupdatedMachineIdentitySubtype::AiAgent => "AI Agent",
            MachineidentityupdatedMachineIdentitySubtype::Application => "Application",
            MachineidentityupdatedMachineIdentitySubtype::Unknown(value) => value,
        }
    }
}

impl From<&str> for MachineidentityupdatedMachineIdentitySubtype {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "AI Agent" => MachineidentityupdatedMachineIdentitySubtype::AiAgent,
            "Application" => MachineidentityupdatedMachineIdentitySubtype::Application,
            other => {
                MachineidentityupdatedMachineIdentitySubtype::Unknown(other.to_owned())
            }
        }
    }
}

crate::string_enum_impls!(MachineidentityupdatedMachineIdentitySubtype);
