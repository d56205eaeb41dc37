//! `Attributemappings2`, from `apis/machine-account-mappings/schemas/attributemappings.yaml#/allOf/0`.

use crate::models::{Attributemappings2Target, Attributemappings2TransformDefinition};

/// `Attributemappings2` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Attributemappings2 {
    /// Targeted Entity
    #[serde(skip_serializing_if = "Option::is_none")]
    pub target: Option<Attributemappings2Target>,
    #[serde(rename = "transformDefinition", skip_serializing_if = "Option::is_none")]
    pub transform_definition: Option<Attributemappings2TransformDefinition>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Attributemappings2 {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Attributemappings2 {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Attributemappings2 {
    const NAME: &'static str = "Attributemappings2";

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
            "target" => self.target = map.next_value()?,
            "transformDefinition" => self.transform_definition = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
