//! `AttributedefinitionSchema`, from `apis/sources/schemas/attributedefinition.yaml#/properties/schema`.

use crate::models::AttributedefinitionSchemaType;

/// A reference to the schema on the source to the attribute values map to.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct AttributedefinitionSchema {
    /// The type of object being referenced
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#type: Option<AttributedefinitionSchemaType>,
    /// The object ID this reference applies to.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The human-readable display name of the object.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl AttributedefinitionSchema {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for AttributedefinitionSchema {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for AttributedefinitionSchema {
    const NAME: &'static str = "AttributedefinitionSchema";

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
            "type" => self.r#type = map.next_value()?,
            "id" => self.id = map.next_value_seed(crate::lenient::TextOption)?,
            "name" => self.name = map.next_value_seed(crate::lenient::TextOption)?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
