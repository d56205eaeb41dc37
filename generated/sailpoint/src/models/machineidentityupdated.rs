//! `Machineidentityupdated`, from `apis/triggers/schemas/machineidentityupdated.yaml`.

use crate::models::{
    MachineidentityupdatedEventType, MachineidentityupdatedMachineIdentity,
    MachineidentityupdatedMachineIdentityChangeTypesInner,
    MachineidentityupdatedOwnerChanges,
    MachineidentityupdatedSingleValueAttributeChangesInner,
    MachineidentityupdatedUserEntitlementChanges,
};

/// `Machineidentityupdated` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Machineidentityupdated {
    /// Type of the event.
    ///
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(rename = "eventType", skip_serializing_if = "Option::is_none")]
    pub event_type: Option<MachineidentityupdatedEventType>,
    /// Details of the updated machine identity.
    ///
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(rename = "machineIdentity", skip_serializing_if = "Option::is_none")]
    pub machine_identity: Option<MachineidentityupdatedMachineIdentity>,
    /// Types of changes that occurred to the machine identity.
    ///
    /// A server's absent or `null` member reads as an empty list.
    #[serde(rename = "machineIdentityChangeTypes")]
    pub machine_identity_change_types: Vec<
        MachineidentityupdatedMachineIdentityChangeTypesInner,
    >,
    /// Changes to user entitlements.
    ///
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(rename = "userEntitlementChanges", skip_serializing_if = "Option::is_none")]
    pub user_entitlement_changes: Option<MachineidentityupdatedUserEntitlementChanges>,
    /// Changes to owners.
    ///
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(rename = "ownerChanges", skip_serializing_if = "Option::is_none")]
    pub owner_changes: Option<MachineidentityupdatedOwnerChanges>,
    /// Details about the single-value attribute changes that occurred.
    #[serde(rename = "singleValueAttributeChanges")]
    pub single_value_attribute_changes: Option<
        Vec<MachineidentityupdatedSingleValueAttributeChangesInner>,
    >,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Machineidentityupdated {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(
        event_type: MachineidentityupdatedEventType,
        machine_identity: MachineidentityupdatedMachineIdentity,
        machine_identity_change_types: Vec<
            MachineidentityupdatedMachineIdentityChangeTypesInner,
        >,
        user_entitlement_changes: MachineidentityupdatedUserEntitlementChanges,
        owner_changes: MachineidentityupdatedOwnerChanges,
    ) -> Self {
        Machineidentityupdated {
            event_type: Some(event_type),
            machine_identity: Some(machine_identity),
            machine_identity_change_types,
            user_entitlement_changes: Some(user_entitlement_changes),
            owner_changes: Some(owner_changes),
            single_value_attribute_changes: None,
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for Machineidentityupdated {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Machineidentityupdated {
    const NAME: &'static str = "Machineidentityupdated";

    #[inline]
    fn empty() -> Self {
        Machineidentityupdated {
            event_type: None,
            machine_identity: None,
            machine_identity_change_types: Default::default(),
            user_entitlement_changes: None,
            owner_changes: None,
            single_value_attribute_changes: None,
            additional_properties: Default::default(),
        }
    }

    fn member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::object::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match &*key {
            "eventType" => self.event_type = map.next_value()?,
            "machineIdentity" => self.machine_identity = map.next_value()?,
            "machineIdentityChangeTypes" => {
                self.machine_identity_change_types = map
                    .next_value_seed(crate::lenient::NullAsDefault::NEW)?;
            }
            "userEntitlementChanges" => self.user_entitlement_changes = map.next_value()?,
            "ownerChanges" => self.owner_changes = map.next_value()?,
            "singleValueAttributeChanges" => {
                self.single_value_attribute_changes = map.next_value()?;
            }
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
