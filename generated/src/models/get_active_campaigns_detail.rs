//! `GetActiveCampaignsDetail`, from `beta/paths/campaigns.yaml#/get`.
crate::string_enum! {
    #[doc = " `GetActiveCampaignsDetail` as the spec defines it."] pub enum
    GetActiveCampaignsDetail { #[doc = " `SLIM`"] Slim = "SLIM", #[doc = " `FULL`"] Full
    = "FULL", }
}
