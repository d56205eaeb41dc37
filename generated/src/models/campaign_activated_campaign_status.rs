//! `CampaignActivatedCampaignStatus`, from `beta/schemas/trigger/example-input/CampaignActivated.yaml`.
crate::string_enum! {
    #[doc = " Campaign's current status."] pub enum CampaignActivatedCampaignStatus {
    #[doc = " `ACTIVE`"] Active = "ACTIVE", }
}
