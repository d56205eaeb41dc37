//! `ManagedclienthealthindicatorsBodyHealthIndicators`, from `apis/managed-clients/schemas/managedclienthealthindicators.yaml#/properties/body/properties/health_indicators`.

use crate::models::Healthindicatorcategory;

/// Health indicators grouped by category
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct ManagedclienthealthindicatorsBodyHealthIndicators {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub container: Option<Healthindicatorcategory>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub memory: Option<Healthindicatorcategory>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cpu: Option<Healthindicatorcategory>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl ManagedclienthealthindicatorsBodyHealthIndicators {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for ManagedclienthealthindicatorsBodyHealthIndicators {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for ManagedclienthealthindicatorsBodyHealthIndicators {
    const NAME: &'static str = "ManagedclienthealthindicatorsBodyHealthIndicators";

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
            "container" => self.container = map.next_value()?,
            "memory" => self.memory = map.next_value()?,
            "cpu" => self.cpu = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
