//! `CampaignActivated`, from `beta/schemas/trigger/example-input/CampaignActivated.yaml`.

use crate::models::CampaignActivatedCampaign;

/// `CampaignActivated` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CampaignActivated {
    /// Details about the certification campaign that was activated.
    pub campaign: CampaignActivatedCampaign,
}

impl CampaignActivated {
    /// Builds the value from its required fields.
    pub fn new(campaign: CampaignActivatedCampaign) -> Self {
        CampaignActivated { campaign }
    }
}
