//! `Sourceentitlementrequestconfig`, from `apis/sources/schemas/sourceentitlementrequestconfig.yaml`.

use crate::models::{Entitlementaccessrequestconfig, Entitlementrevocationrequestconfig};

/// Entitlement Request Configuration
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Sourceentitlementrequestconfig {
    /// Configuration for requesting access to entitlements
    #[serde(rename = "accessRequestConfig", skip_serializing_if = "Option::is_none")]
    pub access_request_config: Option<Entitlementaccessrequestconfig>,
    #[serde(rename = "revocationRequestConfig", skip_serializing_if = "Option::is_none")]
    pub revocation_request_config: Option<Entitlementrevocationrequestconfig>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Sourceentitlementrequestconfig {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Sourceentitlementrequestconfig {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Sourceentitlementrequestconfig {
    const NAME: &'static str = "Sourceentitlementrequestconfig";

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
            "accessRequestConfig" => self.access_request_config = map.next_value()?,
            "revocationRequestConfig" => {
                self.revocation_request_config = map.next_value()?;
            }
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
