//! `CampaignEndedCampaignType`, from `beta/schemas/trigger/example-input/CampaignEnded.yaml`.
crate::string_enum! {
    #[doc = " Campaign's type."] pub enum CampaignEndedCampaignType { #[doc =
    " `MANAGER`"] Manager = "MANAGER", #[doc = " `SOURCE_OWNER`"] SourceOwner =
    "SOURCE_OWNER", #[doc = " `SEARCH`"] Search = "SEARCH", #[doc =
    " `ROLE_COMPOSITION`"] RoleComposition = "ROLE_COMPOSITION", }
}
