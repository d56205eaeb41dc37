//! `Attributemappings2TransformDefinitionAttributes`, from `apis/machine-account-mappings/schemas/attributemappings.yaml#/allOf/0/properties/transformDefinition/properties/attributes`.

use crate::models::Attributemappings2TransformDefinitionAttributesInput;

/// attributes object
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Attributemappings2TransformDefinitionAttributes {
    /// Input Object
    #[serde(skip_serializing_if = "Option::is_none")]
    pub input: Option<Attributemappings2TransformDefinitionAttributesInput>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Attributemappings2TransformDefinitionAttributes {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Attributemappings2TransformDefinitionAttributes {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Attributemappings2TransformDefinitionAttributes {
    const NAME: &'static str = "Attributemappings2TransformDefinitionAttributes";

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
            "input" => self.input = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
