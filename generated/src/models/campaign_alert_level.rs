//! `CampaignAlertLevel`, from `beta/schemas/CampaignAlert.yaml`.
crate::string_enum! {
    #[doc = " Denotes the level of the message"] pub enum CampaignAlertLevel { #[doc =
    " `ERROR`"] Error = "ERROR", #[doc = " `WARN`"] Warn = "WARN", #[doc = " `INFO`"]
    Info = "INFO", }
}
