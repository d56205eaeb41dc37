//! `Entitlementprivilegelevel`, from `apis/entitlements/schemas/entitlementprivilegelevel.yaml`.

use crate::models::{
    EntitlementprivilegelevelDirect, EntitlementprivilegelevelEffective,
    EntitlementprivilegelevelInherited, EntitlementprivilegelevelSetByType,
};

/// `Entitlementprivilegelevel` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Entitlementprivilegelevel {
    /// Direct privilege level assigned to the entitlement
    #[serde(skip_serializing_if = "Option::is_none")]
    pub direct: Option<EntitlementprivilegelevelDirect>,
    /// User or process that set the privilege level
    #[serde(rename = "setBy", skip_serializing_if = "Option::is_none")]
    pub set_by: Option<String>,
    /// Method by which the privilege level was set
    #[serde(rename = "setByType", skip_serializing_if = "Option::is_none")]
    pub set_by_type: Option<EntitlementprivilegelevelSetByType>,
    /// Inherited privilege level on the entitlement, if any
    #[serde(skip_serializing_if = "Option::is_none")]
    pub inherited: Option<EntitlementprivilegelevelInherited>,
    /// Effective privilege level assigned to the entitlement
    #[serde(skip_serializing_if = "Option::is_none")]
    pub effective: Option<EntitlementprivilegelevelEffective>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Entitlementprivilegelevel {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Entitlementprivilegelevel {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Entitlementprivilegelevel {
    const NAME: &'static str = "Entitlementprivilegelevel";

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
            "direct" => self.direct = map.next_value()?,
            "setBy" => self.set_by = map.next_value_seed(crate::lenient::TextOption)?,
            "setByType" => self.set_by_type = map.next_value()?,
            "inherited" => self.inherited = map.next_value()?,
            "effective" => self.effective = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
