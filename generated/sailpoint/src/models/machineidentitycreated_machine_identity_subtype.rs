//! `MachineidentitycreatedMachineIdentitySubtype`, from `apis/triggers/schemas/machineidentitycreated.yaml#/properties/machineIdentity/properties/subtype`.

/// Subtype of the machine identity.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum MachineidentitycreatedMachineIdentitySubtype {
    /// `AI Agent`
    AiAgent,
    /// `Application`
    Application,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl MachineidentitycreatedMachineIdentitySubtype {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            MachineidentitycreatedMachineIdentitySubtype::AiAgent => "AI Agent",
            MachineidentitycreatedMachineIdentitySubtype::Application => "Application",
            MachineidentitycreatedMachineIdentitySubtype::Unknown(value) => value,
        }
    }
}

impl From<&str> for MachineidentitycreatedMachineIdentitySubtype {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "AI Agent" => MachineidentitycreatedMachineIdentitySubtype::AiAgent,
            "Application" => MachineidentitycreatedMachineIdentitySubtype::Application,
            other => {
                MachineidentitycreatedMachineIdentitySubtype::Unknown(other.to_owned())
            }
        }
    }
}

crate::string_enum_impls!(MachineidentitycreatedMachineIdentitySubtype);
