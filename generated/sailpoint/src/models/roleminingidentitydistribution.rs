//! `Roleminingidentitydistribution`, from `apis/iai-role-mining/schemas/roleminingidentitydistribution.yaml`.

use crate::models::RoleminingidentitydistributionDistributionInner;

/// `Roleminingidentitydistribution` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Roleminingidentitydistribution {
    /// Id of the potential role
    #[serde(rename = "attributeName", skip_serializing_if = "Option::is_none")]
    pub attribute_name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub distribution: Option<Vec<RoleminingidentitydistributionDistributionInner>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Roleminingidentitydistribution {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Roleminingidentitydistribution {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Roleminingidentitydistribution {
    const NAME: &'static str = "Roleminingidentitydistribution";

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
            "attributeName" => {
                self.attribute_name = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "distribution" => self.distribution = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
