//! `Healthindicatorcategory`, from `apis/managed-clients/schemas/healthindicatorcategory.yaml`.

use crate::models::Healthevent;

/// Health indicator category data with errors and warnings
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Healthindicatorcategory {
    /// List of error events for this category
    #[serde(skip_serializing_if = "Option::is_none")]
    pub errors: Option<Vec<Healthevent>>,
    /// List of warning events for this category
    #[serde(skip_serializing_if = "Option::is_none")]
    pub warnings: Option<Vec<Healthevent>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Healthindicatorcategory {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Healthindicatorcategory {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Healthindicatorcategory {
    const NAME: &'static str = "Healthindicatorcategory";

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
            "errors" => self.errors = map.next_value()?,
            "warnings" => self.warnings = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
