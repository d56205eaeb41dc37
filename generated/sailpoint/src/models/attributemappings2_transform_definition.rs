//! `Attributemappings2TransformDefinition`, from `apis/machine-account-mappings/schemas/attributemappings.yaml#/allOf/0/properties/transformDefinition`.

use crate::models::Attributemappings2TransformDefinitionAttributes;

/// `Attributemappings2TransformDefinition` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Attributemappings2TransformDefinition {
    /// The type of transform
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
    /// attributes object
    #[serde(skip_serializing_if = "Option::is_none")]
    pub attributes: Option<Attributemappings2TransformDefinitionAttributes>,
    /// Transform Operation
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Attributemappings2TransformDefinition {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Attributemappings2TransformDefinition {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Attributemappings2TransformDefinition {
    const NAME: &'static str = "Attributemappings2TransformDefinition";

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
            "type" => self.r#type = map.next_value_seed(crate::lenient::TextOption)?,
            "attributes" => self.attributes = map.next_value()?,
            "id" => self.id = map.next_value_seed(crate::lenient::TextOption)?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
