//! `Campaign2SourceOwnerCampaignInfo`, from `apis/certification-campaigns/schemas/campaign-2.yaml#/allOf/1/properties/sourceOwnerCampaignInfo`.

/// Must be set only if the campaign type is SOURCE_OWNER.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Campaign2SourceOwnerCampaignInfo {
    /// The list of sources to be included in the campaign.
    #[serde(rename = "sourceIds", skip_serializing_if = "Option::is_none")]
    pub source_ids: Option<Vec<String>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Campaign2SourceOwnerCampaignInfo {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Campaign2SourceOwnerCampaignInfo {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Campaign2SourceOwnerCampaignInfo {
    const NAME: &'static str = "Campaign2SourceOwnerCampaignInfo";

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
            "sourceIds" => self.source_ids = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
