//! `Entitlementrequestconfig`, from `apis/access-requests/schemas/entitlementrequestconfig.yaml`.

use crate::models::{Entitlementaccessrequestconfig, Entitlementrevocationrequestconfig};

/// `Entitlementrequestconfig` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Entitlementrequestconfig {
    #[serde(rename = "accessRequestConfig", skip_serializing_if = "Option::is_none")]
    pub access_request_config: Option<Entitlementaccessrequestconfig>,
    #[serde(rename = "revocationRequestConfig", skip_serializing_if = "Option::is_none")]
    pub revocation_request_config: Option<Entitlementrevocationrequestconfig>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Entitlementrequestconfig {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Entitlementrequestconfig {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Entitlementrequestconfig {
    const NAME: &'static str = "Entitlementrequestconfig";

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
