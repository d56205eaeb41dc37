//! `MachineidentitycreatedEventType`, from `apis/triggers/schemas/machineidentitycreated.yaml#/properties/eventType`.

/// Type of the event.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum MachineidentitycreatedEventType {
    /// `MACHINE_IDENTITY_CREATED`
    MachineIdentityCreated,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl MachineidentitycreatedEventType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            MachineidentitycreatedEventType::MachineIdentityCreated => {
                "MACHINE_IDENTITY_CREATED"
            }
            MachineidentitycreatedEventType::Unknown(value) => value,
        }
    }
}

impl From<&str> for MachineidentitycreatedEventType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "MACHINE_IDENTITY_CREATED" => {
                MachineidentitycreatedEventType::MachineIdentityCreated
            }
            other => MachineidentitycreatedEventType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(MachineidentitycreatedEventType);
