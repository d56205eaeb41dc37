//! `MachineidentitydeletedEventType`, from `apis/triggers/schemas/machineidentitydeleted.yaml#/properties/eventType`.

/// Type of the event.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum MachineidentitydeletedEventType {
    /// `MACHINE_IDENTITY_DELETED`
    MachineIdentityDeleted,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl MachineidentitydeletedEventType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            MachineidentitydeletedEventType::MachineIdentityDeleted => {
                "MACHINE_IDENTITY_DELETED"
            }
            MachineidentitydeletedEventType::Unknown(value) => value,
        }
    }
}

impl From<&str> for MachineidentitydeletedEventType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "MACHINE_IDENTITY_DELETED" => {
                MachineidentitydeletedEventType::MachineIdentityDeleted
            }
            other => MachineidentitydeletedEventType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(MachineidentitydeletedEventType);
