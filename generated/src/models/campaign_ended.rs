//! `CampaignEnded`, from `beta/schemas/trigger/example-input/CampaignEnded.yaml`.

use crate::models::CampaignEndedCampaign;

/// `CampaignEnded` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CampaignEnded {
    /// Details about the certification campaign that ended.
    pub campaign: CampaignEndedCampaign,
}

impl CampaignEnded {
    /// Builds the value from its required fields.
    pub fn new(campaign: CampaignEndedCampaign) -> Self {
        CampaignEnded { campaign }
    }
}
