//! `MachineidentityupdatedEventType`, from `apis/triggers/schemas/machineidentityupdated.yaml#/properties/eventType`.

/// Type of the event.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum MachineidentityupdatedEventType {
    /// `MACHINE_IDENTITY_UPDATED`
    MachineIdentityUpdated,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl MachineidentityupdatedEventType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            MachineidentityupdatedEventType::MachineIdentityUpdated => {
                "MACHINE_IDENTITY_UPDATED"
            }
            MachineidentityupdatedEventType::Unknown(value) => value,
        }
    }
}

impl From<&str> for MachineidentityupdatedEventType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "MACHINE_IDENTITY_UPDATED" => {
                MachineidentityupdatedEventType::MachineIdentityUpdated
            }
            other => MachineidentityupdatedEventType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(MachineidentityupdatedEventType);
