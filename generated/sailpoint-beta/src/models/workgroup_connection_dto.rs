//! `WorkgroupConnectionDto`, from `beta/schemas/workgroups/WorkgroupConnectionDto.yaml`.

use crate::models::{ConnectedObject, WorkgroupConnectionDtoConnectionType};

/// `WorkgroupConnectionDto` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct WorkgroupConnectionDto {
    /// Connected object to Governance Group
    #[serde(skip_serializing_if = "Option::is_none")]
    pub object: Option<ConnectedObject>,
    /// Connection Type.
    #[serde(rename = "connectionType", skip_serializing_if = "Option::is_none")]
    pub connection_type: Option<WorkgroupConnectionDtoConnectionType>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl WorkgroupConnectionDto {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for WorkgroupConnectionDto {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for WorkgroupConnectionDto {
    const NAME: &'static str = "WorkgroupConnectionDto";

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
