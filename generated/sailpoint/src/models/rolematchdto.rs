//! `Rolematchdto`, from `apis/identities/schemas/rolematchdto.yaml`.

use crate::models::{Basereferencedto, Contextattributedto};

/// `Rolematchdto` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Rolematchdto {
    /// Role Id and Name related to this match
    #[serde(rename = "roleRef", skip_serializing_if = "Option::is_none")]
    pub role_ref: Option<Basereferencedto>,
    #[serde(rename = "matchedAttributes", skip_serializing_if = "Option::is_none")]
    pub matched_attributes: Option<Vec<Contextattributedto>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Rolematchdto {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Rolematchdto {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Rolematchdto {
    const NAME: &'static str = "Rolematchdto";

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
            "roleRef" => self.role_ref = map.next_value()?,
            "matchedAttributes" => self.matched_attributes = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
