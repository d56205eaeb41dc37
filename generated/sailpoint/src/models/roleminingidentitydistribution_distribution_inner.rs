//! `RoleminingidentitydistributionDistributionInner`, from `apis/iai-role-mining/schemas/roleminingidentitydistribution.yaml#/properties/distribution/items`.

/// `RoleminingidentitydistributionDistributionInner` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct RoleminingidentitydistributionDistributionInner {
    /// The attribute value that identities are grouped by
    #[serde(rename = "attributeValue", skip_serializing_if = "Option::is_none")]
    pub attribute_value: Option<String>,
    /// The number of identities that have this attribute value
    #[serde(skip_serializing_if = "Option::is_none")]
    pub count: Option<i32>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl RoleminingidentitydistributionDistributionInner {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for RoleminingidentitydistributionDistributionInner {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for RoleminingidentitydistributionDistributionInner {
    const NAME: &'static str = "RoleminingidentitydistributionDistributionInner";

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
            "attributeValue" => {
                self.attribute_value = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "count" => self.count = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
