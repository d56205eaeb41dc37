//! `CampaignActivatedCampaignType`, from `beta/schemas/trigger/example-input/CampaignActivated.yaml`.
crate::string_enum! {
    #[doc = " Campaign's type."] pub enum CampaignActivatedCampaignType { #[doc =
    " `MANAGER`"] Manager = "MANAGER", #[doc = " `SOURCE_OWNER`"] SourceOwner =
    "SOURCE_OWNER", #[doc = " `SEARCH`"] Search = "SEARCH", #[doc =
    " `ROLE_COMPOSITION`"] RoleComposition = "ROLE_COMPOSITION", }
}
