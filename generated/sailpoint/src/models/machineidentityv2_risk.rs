//! `Machineidentityv2Risk`, from `apis/machine-identities/schemas/machineidentityv2.yaml#/allOf/1/properties/risk`.

use crate::models::Machineidentityv2RiskSeverity;

/// Risk data for the machine identity; null when no risk data has landed yet.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Machineidentityv2Risk {
    /// Normalised risk score 0.0-100.0.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub score: Option<f64>,
    /// Risk severity bucket.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub severity: Option<Machineidentityv2RiskSeverity>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Machineidentityv2Risk {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Machineidentityv2Risk {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Machineidentityv2Risk {
    const NAME: &'static str = "Machineidentityv2Risk";

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
            "score" => self.score = map.next_value()?,
            "severity" => self.severity = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
