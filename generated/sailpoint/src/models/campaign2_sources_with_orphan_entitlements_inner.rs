//! `Campaign2SourcesWithOrphanEntitlementsInner`, from `apis/certification-campaigns/schemas/campaign-2.yaml#/allOf/1/properties/sourcesWithOrphanEntitlements/items`.

use crate::models::Campaign2SourcesWithOrphanEntitlementsInnerType;

/// `Campaign2SourcesWithOrphanEntitlementsInner` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Campaign2SourcesWithOrphanEntitlementsInner {
    /// Id of the source
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Type
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#type: Option<Campaign2SourcesWithOrphanEntitlementsInnerType>,
    /// Name of the source
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Campaign2SourcesWithOrphanEntitlementsInner {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Campaign2SourcesWithOrphanEntitlementsInner {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Campaign2SourcesWithOrphanEntitlementsInner {
    const NAME: &'static str = "Campaign2SourcesWithOrphanEntitlementsInner";

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
            "type" => self.r#type = map.next_value()?,
            "name" => self.name = map.next_value_seed(crate::lenient::TextOption)?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
