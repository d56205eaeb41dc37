//! `NullableRefs`, from `openapi.yaml#/components/schemas/NullableRefs`.

use crate::models::Cat;

/// The two nullable-ref patterns.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct NullableRefs {
    /// allOf with one ref and a sibling nullable.
    #[serde(rename = "ownerA", skip_serializing_if = "Option::is_none")]
    pub owner_a: Option<Cat>,
    /// allOf of a ref and a nullable-only schema.
    #[serde(rename = "ownerB", skip_serializing_if = "Option::is_none")]
    pub owner_b: Option<Cat>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl NullableRefs {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for NullableRefs {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for NullableRefs {
    const NAME: &'static str = "NullableRefs";

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
            "ownerA" => self.owner_a = map.next_value()?,
            "ownerB" => self.owner_b = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
