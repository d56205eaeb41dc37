//! `GetActiveCampaigns200ResponseInner`, from `beta/paths/campaigns.yaml#/get/responses/200/content/application~1json/schema/items`.

use crate::models::{Fullcampaign, SlimCampaign};

/// `GetActiveCampaigns200ResponseInner` as the spec defines it.
///
/// The value is whichever alternative it decodes as, tried in this order.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant)]
pub enum GetActiveCampaigns200ResponseInner {
    Fullcampaign(Fullcampaign),
    SlimCampaign(SlimCampaign),
}

impl From<Fullcampaign> for GetActiveCampaigns200ResponseInner {
    fn from(value: Fullcampaign) -> Self {
        GetActiveCampaigns200ResponseInner::Fullcampaign(value)
    }
}

impl From<SlimCampaign> for GetActiveCampaigns200ResponseInner {
    fn from(value: SlimCampaign) -> Self {
        GetActiveCampaigns200ResponseInner::SlimCampaign(value)
    }
}
