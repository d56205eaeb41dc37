//! `RoledocumentDimensionsInner`, from `apis/search/schemas/roledocument.yaml#/allOf/1/properties/dimensions/items`.

use crate::models::{Baseaccessprofile, RoledocumentDimensionsInnerEntitlementsInner};

/// `RoledocumentDimensionsInner` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct RoledocumentDimensionsInner {
    /// Unique ID of the dimension.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Name of the dimension.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Description of the dimension.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Entitlements included with the role.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub entitlements: Option<Vec<RoledocumentDimensionsInnerEntitlementsInner>>,
    /// Access profiles included in the dimension.
    #[serde(rename = "accessProfiles", skip_serializing_if = "Option::is_none")]
    pub access_profiles: Option<Vec<Baseaccessprofile>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl RoledocumentDimensionsInner {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for RoledocumentDimensionsInner {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for RoledocumentDimensionsInner {
    const NAME: &'static str = "RoledocumentDimensionsInner";

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
            "id" => self.id = map.next_value_seed(crate::lenient::TextOption)?,
            "name" => self.name = map.next_value_seed(crate::lenient::TextOption)?,
            "description" => {
                self.description = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "entitlements" => self.entitlements = map.next_value()?,
            "accessProfiles" => self.access_profiles = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
