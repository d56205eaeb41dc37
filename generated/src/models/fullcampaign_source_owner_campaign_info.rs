//! `FullcampaignSourceOwnerCampaignInfo`, from `beta/schemas/Campaign.yaml#/allOf/1/properties/sourceOwnerCampaignInfo`.

/// Must be set only if the campaign type is SOURCE_OWNER.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct FullcampaignSourceOwnerCampaignInfo {
    /// The list of sources to be included in the campaign.
    #[serde(rename = "sourceIds", default, skip_serializing_if = "Option::is_none")]
    pub source_ids: Option<Vec<String>>,
}

impl FullcampaignSourceOwnerCampaignInfo {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        FullcampaignSourceOwnerCampaignInfo {
            source_ids: None,
        }
    }
}
