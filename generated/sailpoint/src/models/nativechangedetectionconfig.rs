//! `Nativechangedetectionconfig`, from `apis/sources/schemas/nativechangedetectionconfig.yaml`.

use crate::models::NativechangedetectionconfigOperationsInner;

/// Source configuration information for Native Change Detection that is read and used by account aggregation process.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Nativechangedetectionconfig {
    /// A flag indicating if Native Change Detection is enabled for a source.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub enabled: Option<bool>,
    /// Operation types for which Native Change Detection is enabled for a source.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub operations: Option<Vec<NativechangedetectionconfigOperationsInner>>,
    /// A flag indicating that all entitlements participate in Native Change Detection.
    #[serde(rename = "allEntitlements", skip_serializing_if = "Option::is_none")]
    pub all_entitlements: Option<bool>,
    /// A flag indicating that all non-entitlement account attributes participate in Native Change Detection.
    #[serde(
        rename = "allNonEntitlementAttributes",
        skip_serializing_if = "Option::is_none"
    )]
    pub all_non_entitlement_attributes: Option<bool>,
    /// If allEntitlements flag is off this field lists entitlements that participate in Native Change Detection.
    #[serde(rename = "selectedEntitlements", skip_serializing_if = "Option::is_none")]
    pub selected_entitlements: Option<Vec<String>>,
    /// If allNonEntitlementAttributes flag is off this field lists non-entitlement account attributes that participate in Native Change Detection.
    #[serde(
        rename = "selectedNonEntitlementAttributes",
        skip_serializing_if = "Option::is_none"
    )]
    pub selected_non_entitlement_attributes: Option<Vec<String>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Nativechangedetectionconfig {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Nativechangedetectionconfig {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Nativechangedetectionconfig {
    const NAME: &'static str = "Nativechangedetectionconfig";

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
            "enabled" => self.enabled = map.next_value_seed(crate::lenient::FlagOption)?,
            "operations" => self.operations = map.next_value()?,
            "allEntitlements" => {
                self.all_entitlements = map.next_value_seed(crate::lenient::FlagOption)?;
            }
            "allNonEntitlementAttributes" => {
                self.all_non_entitlement_attributes = map
                    .next_value_seed(crate::lenient::FlagOption)?;
            }
            "selectedEntitlements" => self.selected_entitlements = map.next_value()?,
            "selectedNonEntitlementAttributes" => {
                self.selected_non_entitlement_attributes = map.next_value()?;
            }
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
