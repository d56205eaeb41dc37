//! `SlimCampaignStatus`, from `beta/schemas/SlimCampaign.yaml`.
crate::string_enum! {
    #[doc = " The campaign's current status."] pub enum SlimCampaignStatus { #[doc =
    " `PENDING`"] Pending = "PENDING", #[doc = " `STAGED`"] Staged = "STAGED", #[doc =
    " `CANCELING`"] Canceling = "CANCELING", #[doc = " `ACTIVATING`"] Activating =
    "ACTIVATING", #[doc = " `ACTIVE`"] Active = "ACTIVE", #[doc = " `COMPLETING`"]
    Completing = "COMPLETING", #[doc = " `COMPLETED`"] Completed = "COMPLETED", #[doc =
    " `ERROR`"] Error = "ERROR", #[doc = " `ARCHIVED`"] Archived = "ARCHIVED", }
}
