//! `CampaignGenerated`, from `beta/schemas/trigger/example-input/CampaignGenerated.yaml`.

use crate::models::CampaignGeneratedCampaign;

/// `CampaignGenerated` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CampaignGenerated {
    /// Details about the campaign that was generated.
    pub campaign: CampaignGeneratedCampaign,
}

impl CampaignGenerated {
    /// Builds the value from its required fields.
    pub fn new(campaign: CampaignGeneratedCampaign) -> Self {
        CampaignGenerated { campaign }
    }
}
