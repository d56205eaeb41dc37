//! `Roletargetdto`, from `apis/identities/schemas/roletargetdto.yaml`.

use crate::models::{Accountinfodto, Basereferencedto};

/// `Roletargetdto` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Roletargetdto {
    /// Source Id and Name related to this assignment
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source: Option<Basereferencedto>,
    #[serde(rename = "accountInfo", skip_serializing_if = "Option::is_none")]
    pub account_info: Option<Accountinfodto>,
    /// Role reference for this account target
    #[serde(skip_serializing_if = "Option::is_none")]
    pub role: Option<Basereferencedto>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Roletargetdto {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Roletargetdto {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Roletargetdto {
    const NAME: &'static str = "Roletargetdto";

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
            "source" => self.source = map.next_value()?,
            "accountInfo" => self.account_info = map.next_value()?,
            "role" => self.role = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
