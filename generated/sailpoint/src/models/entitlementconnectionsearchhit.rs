//! `Entitlementconnectionsearchhit`, from `apis/entitlement-connections/schemas/entitlementconnectionsearchhit.yaml`.

use crate::models::{
    EntitlementconnectionsearchhitType, Entitlementconnectionsearchhitentitlement,
};

/// Entitlement connection record returned by search-backed list endpoints.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Entitlementconnectionsearchhit {
    /// Connection ID as represented in search results.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Identity summary object from search index.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub identity: Option<serde_json::Map<String, serde_json::Value>>,
    /// Machine identity summary object when available.
    #[serde(rename = "machineIdentity", skip_serializing_if = "Option::is_none")]
    pub machine_identity: Option<serde_json::Map<String, serde_json::Value>>,
    /// Account summary object.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub account: Option<serde_json::Map<String, serde_json::Value>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub entitlement: Option<Entitlementconnectionsearchhitentitlement>,
    /// Source summary object.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source: Option<serde_json::Map<String, serde_json::Value>>,
    /// Connection state object.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub state: Option<serde_json::Map<String, serde_json::Value>>,
    /// JIT timestamps for lifecycle events.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub jit: Option<serde_json::Map<String, serde_json::Value>>,
    /// Indicates whether the connection is marked as standalone.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub standalone: Option<bool>,
    /// Connection type classification.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#type: Option<EntitlementconnectionsearchhitType>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Entitlementconnectionsearchhit {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Entitlementconnectionsearchhit {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Entitlementconnectionsearchhit {
    const NAME: &'static str = "Entitlementconnectionsearchhit";

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
            "id" => self.id = map.next_value_seed(crate::lenient::TextOption)?,
            "identity" => self.identity = map.next_value()?,
            "machineIdentity" => self.machine_identity = map.next_value()?,
            "account" => self.account = map.next_value()?,
            "entitlement" => self.entitlement = map.next_value()?,
            "source" => self.source = map.next_value()?,
            "state" => self.state = map.next_value()?,
            "jit" => self.jit = map.next_value()?,
            "standalone" => {
                self.standalone = map.next_value_seed(crate::lenient::FlagOption)?;
            }
            "type" => self.r#type = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
