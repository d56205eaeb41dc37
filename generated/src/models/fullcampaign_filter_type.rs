//! `FullcampaignFilterType`, from `beta/schemas/Campaign.yaml`.
crate::string_enum! {
    #[doc = " Type of the filter"] pub enum FullcampaignFilterType { #[doc =
    " `CAMPAIGN_FILTER`"] CampaignFilter = "CAMPAIGN_FILTER", }
}
