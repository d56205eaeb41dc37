//! `Workgroupconnectiondto`, from `apis/governance-groups/schemas/workgroupconnectiondto.yaml`.

use crate::models::{Connectedobject, WorkgroupconnectiondtoConnectionType};

/// `Workgroupconnectiondto` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Workgroupconnectiondto {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub object: Option<Connectedobject>,
    /// Connection Type.
    #[serde(rename = "connectionType", skip_serializing_if = "Option::is_none")]
    pub connection_type: Option<WorkgroupconnectiondtoConnectionType>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Workgroupconnectiondto {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Workgroupconnectiondto {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Workgroupconnectiondto {
    const NAME: &'static str = "Workgroupconnectiondto";

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
            "object" => self.object = map.next_value()?,
            "connectionType" => self.connection_type = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
