//! `MachineidentityupdatedMachineIdentityChangeTypesInner`, from `apis/triggers/schemas/machineidentityupdated.yaml#/properties/machineIdentityChangeTypes/items`.

/// `MachineidentityupdatedMachineIdentityChangeTypesInner` as the spec defines it.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum MachineidentityupdatedMachineIdentityChangeTypesInner {
    /// `ATTRIBUTES_CHANGED`
    AttributesChanged,
    /// `USER_ENTITLEMENTS_ADDED`
    UserEntitlementsAdded,
    /// `USER_ENTITLEMENTS_REMOVED`
    UserEntitlementsRemoved,
    /// `OWNERS_ADDED`
    OwnersAdded,
    /// `OWNERS_REMOVED`
    OwnersRemoved,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl MachineidentityupdatedMachineIdentityChangeTypesInner {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            MachineidentityupdatedMachineIdentityChangeTypesInner::AttributesChanged => {
                "ATTRIBUTES_CHANGED"
            }
            MachineidentityupdatedMachineIdentityChangeTypesInner::UserEntitlementsAdded => {
                "USER_ENTITLEMENTS_ADDED"
            }
            MachineidentityupdatedMachineIdentityChangeTypesInner::UserEntitlementsRemoved => {
                "USER_ENTITLEMENTS_REMOVED"
            }
            MachineidentityupdatedMachineIdentityChangeTypesInner::OwnersAdded => {
                "OWNERS_ADDED"
            }
            MachineidentityupdatedMachineIdentityChangeTypesInner::OwnersRemoved => {
                "OWNERS_REMOVED"
            }
            MachineidentityupdatedMachineIdentityChangeTypesInner::Unknown(value) => {
                value
            }
        }
    }
}

impl From<&str> for MachineidentityupdatedMachineIdentityChangeTypesInner {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "ATTRIBUTES_CHANGED" => {
                MachineidentityupdatedMachineIdentityChangeTypesInner::AttributesChanged
            }
            "USER_ENTITLEMENTS_ADDED" => {
                MachineidentityupdatedMachineIdentityChangeTypesInner::UserEntitlementsAdded
            }
            "USER_ENTITLEMENTS_REMOVED" => {
                MachineidentityupdatedMachineIdentityChangeTypesInner::UserEntitlementsRemoved
            }
            "OWNERS_ADDED" => {
                MachineidentityupdatedMachineIdentityChangeTypesInner::OwnersAdded
            }
            "OWNERS_REMOVED" => {
                MachineidentityupdatedMachineIdentityChangeTypesInner::OwnersRemoved
            }
            other => {
                MachineidentityupdatedMachineIdentityChangeTypesInner::Unknown(
                    other.to_owned(),
                )
            }
        }
    }
}

crate::string_enum_impls!(MachineidentityupdatedMachineIdentityChangeTypesInner);
