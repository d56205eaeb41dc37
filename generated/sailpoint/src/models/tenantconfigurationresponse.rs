//! `Tenantconfigurationresponse`, from `apis/work-reassignment/schemas/tenantconfigurationresponse.yaml`.

use crate::models::{Auditdetails, Tenantconfigurationdetails};

/// Tenant-wide Reassignment Configuration settings
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Tenantconfigurationresponse {
    #[serde(rename = "auditDetails", skip_serializing_if = "Option::is_none")]
    pub audit_details: Option<Auditdetails>,
    #[serde(rename = "configDetails", skip_serializing_if = "Option::is_none")]
    pub config_details: Option<Tenantconfigurationdetails>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Tenantconfigurationresponse {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Tenantconfigurationresponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Tenantconfigurationresponse {
    const NAME: &'static str = "Tenantconfigurationresponse";

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
            "auditDetails" => self.audit_details = map.next_value()?,
            "configDetails" => self.config_details = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
