//! `MachineidentityupdatedOwnerChanges`, from `apis/triggers/schemas/machineidentityupdated.yaml#/properties/ownerChanges`.

use crate::models::Machineidentityownerreference;

/// Changes to owners.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct MachineidentityupdatedOwnerChanges {
    /// Name of the attribute that changed.
    #[serde(rename = "attributeName", skip_serializing_if = "Option::is_none")]
    pub attribute_name: Option<String>,
    /// Owners that were added.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub added: Option<Vec<Machineidentityownerreference>>,
    /// Owners that were removed.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub removed: Option<Vec<Machineidentityownerreference>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl MachineidentityupdatedOwnerChanges {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for MachineidentityupdatedOwnerChanges {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for MachineidentityupdatedOwnerChanges {
    const NAME: &'static str = "MachineidentityupdatedOwnerChanges";

    #[inline]
    fn empty() -> Self {
        Self::default()
    }

    fn member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::object::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match &*key {
            "attributeName" => {
                self.attribute_name = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "added" => self.added = map.next_value()?,
            "removed" => self.removed = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
