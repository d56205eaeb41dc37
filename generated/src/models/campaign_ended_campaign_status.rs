//! `CampaignEndedCampaignStatus`, from `beta/schemas/trigger/example-input/CampaignEnded.yaml`.
crate::string_enum! {
    #[doc = " Campaign's current status."] pub enum CampaignEndedCampaignStatus { #[doc =
    " `COMPLETED`"] Completed = "COMPLETED", }
}
