//! `TenantConfigurationRequest`, from `beta/schemas/work-reassignment/TenantConfigurationRequest.yaml`.

use crate::models::TenantConfigurationDetails;

/// Tenant-wide Reassignment Configuration settings
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct TenantConfigurationRequest {
    #[serde(rename = "configDetails", skip_serializing_if = "Option::is_none")]
    pub config_details: Option<TenantConfigurationDetails>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl TenantConfigurationRequest {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for TenantConfigurationRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for TenantConfigurationRequest {
    const NAME: &'static str = "TenantConfigurationRequest";

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
            "configDetails" => self.config_details = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
