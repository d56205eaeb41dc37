//! `CampaignGeneratedCampaignStatus`, from `beta/schemas/trigger/example-input/CampaignGenerated.yaml`.
crate::string_enum! {
    #[doc = " Campaign's current status."] pub enum CampaignGeneratedCampaignStatus {
    #[doc = " `STAGED`"] Staged = "STAGED", #[doc = " `ACTIVATING`"] Activating =
    "ACTIVATING", #[doc = " `ACTIVE`"] Active = "ACTIVE", }
}
