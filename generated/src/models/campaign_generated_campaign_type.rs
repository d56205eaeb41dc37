//! `CampaignGeneratedCampaignType`, from `beta/schemas/trigger/example-input/CampaignGenerated.yaml`.
crate::string_enum! {
    #[doc = " Campaign's type."] pub enum CampaignGeneratedCampaignType { #[doc =
    " `MANAGER`"] Manager = "MANAGER", #[doc = " `SOURCE_OWNER`"] SourceOwner =
    "SOURCE_OWNER", #[doc = " `SEARCH`"] Search = "SEARCH", #[doc =
    " `ROLE_COMPOSITION`"] RoleComposition = "ROLE_COMPOSITION", }
}
