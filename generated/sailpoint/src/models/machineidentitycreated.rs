//! `Machineidentitycreated`, from `apis/triggers/schemas/machineidentitycreated.yaml`.

use crate::models::{
    MachineidentitycreatedEventType, MachineidentitycreatedMachineIdentity,
};

/// `Machineidentitycreated` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Machineidentitycreated {
    /// Type of the event.
    ///
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(rename = "eventType", skip_serializing_if = "Option::is_none")]
    pub event_type: Option<MachineidentitycreatedEventType>,
    /// Details of the created machine identity.
    ///
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(rename = "machineIdentity", skip_serializing_if = "Option::is_none")]
    pub machine_identity: Option<MachineidentitycreatedMachineIdentity>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Machineidentitycreated {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(
        event_type: MachineidentitycreatedEventType,
        machine_identity: MachineidentitycreatedMachineIdentity,
    ) -> Self {
        Machineidentitycreated {
            event_type: Some(event_type),
            machine_identity: Some(machine_identity),
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for Machineidentitycreated {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Machineidentitycreated {
    const NAME: &'static str = "Machineidentitycreated";

    #[inline]
    fn empty() -> Self {
        Machineidentitycreated {
            event_type: None,
            machine_identity: None,
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
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
