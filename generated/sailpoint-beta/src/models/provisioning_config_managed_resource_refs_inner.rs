//! `ProvisioningConfigManagedResourceRefsInner`, from `beta/schemas/ProvisioningConfig.yaml#/properties/managedResourceRefs/items`.

use crate::models::ProvisioningConfigManagedResourceRefsInnerType;

/// `ProvisioningConfigManagedResourceRefsInner` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct ProvisioningConfigManagedResourceRefsInner {
    /// The type of object being referenced
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#type: Option<ProvisioningConfigManagedResourceRefsInnerType>,
    /// ID of the source
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<serde_json::Value>,
    /// Human-readable display name of the source
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<serde_json::Value>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl ProvisioningConfigManagedResourceRefsInner {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for ProvisioningConfigManagedResourceRefsInner {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for ProvisioningConfigManagedResourceRefsInner {
    const NAME: &'static str = "ProvisioningConfigManagedResourceRefsInner";

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
            "id" => self.id = map.next_value()?,
            "name" => self.name = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
