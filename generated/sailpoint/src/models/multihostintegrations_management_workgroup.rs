//! `MultihostintegrationsManagementWorkgroup`, from `apis/multi-host-integration/schemas/multihostintegrations.yaml#/properties/managementWorkgroup`.

use crate::models::MultihostintegrationsManagementWorkgroupType;

/// Reference to management workgroup for the source.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct MultihostintegrationsManagementWorkgroup {
    /// Type of object being referenced.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#type: Option<MultihostintegrationsManagementWorkgroupType>,
    /// Management workgroup ID.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Management workgroup's human-readable display name.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl MultihostintegrationsManagementWorkgroup {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for MultihostintegrationsManagementWorkgroup {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for MultihostintegrationsManagementWorkgroup {
    const NAME: &'static str = "MultihostintegrationsManagementWorkgroup";

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
            "type" => self.r#type = map.next_value()?,
            "id" => self.id = map.next_value_seed(crate::lenient::TextOption)?,
            "name" => self.name = map.next_value_seed(crate::lenient::TextOption)?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
