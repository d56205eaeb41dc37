//! `MachineidentityupdatedSingleValueAttributeChangesInner`, from `apis/triggers/schemas/machineidentityupdated.yaml#/properties/singleValueAttributeChanges/items`.

use crate::models::{
    MachineidentityupdatedSingleValueAttributeChangesInnerNewValue,
    MachineidentityupdatedSingleValueAttributeChangesInnerOldValue,
};

/// `MachineidentityupdatedSingleValueAttributeChangesInner` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct MachineidentityupdatedSingleValueAttributeChangesInner {
    /// The name of the attribute that was changed.
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub name: String,
    /// The old value of the attribute before the change.
    #[serde(rename = "oldValue")]
    pub old_value: Option<
        MachineidentityupdatedSingleValueAttributeChangesInnerOldValue,
    >,
    /// The new value of the attribute after the change.
    #[serde(rename = "newValue")]
    pub new_value: Option<
        MachineidentityupdatedSingleValueAttributeChangesInnerNewValue,
    >,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl MachineidentityupdatedSingleValueAttributeChangesInner {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(name: impl Into<String>) -> Self {
        MachineidentityupdatedSingleValueAttributeChangesInner {
            name: name.into(),
            old_value: None,
            new_value: None,
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de>
for MachineidentityupdatedSingleValueAttributeChangesInner {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for MachineidentityupdatedSingleValueAttributeChangesInner {
    const NAME: &'static str = "MachineidentityupdatedSingleValueAttributeChangesInner";

    #[inline]
    fn empty() -> Self {
        MachineidentityupdatedSingleValueAttributeChangesInner {
            name: Default::default(),
            old_value: None,
            new_value: None,
            additional_properties: Default::default(),
        }
    }

    fn member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::object::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match &*key {
            "name" => self.name = map.next_value_seed(crate::lenient::Text)?,
            "oldValue" => self.old_value = map.next_value()?,
            "newValue" => self.new_value = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
