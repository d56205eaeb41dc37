//! `Tenantconfigurationrequest`, from `apis/work-reassignment/schemas/tenantconfigurationrequest.yaml`.

use crate::models::Tenantconfigurationdetails;

/// Tenant-wide Reassignment Configuration settings
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Tenantconfigurationrequest {
    #[serde(rename = "configDetails", skip_serializing_if = "Option::is_none")]
    pub config_details: Option<Tenantconfigurationdetails>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Tenantconfigurationrequest {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Tenantconfigurationrequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Tenantconfigurationrequest {
    const NAME: &'static str = "Tenantconfigurationrequest";

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
