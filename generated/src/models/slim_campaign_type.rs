//! `SlimCampaignType`, from `beta/schemas/SlimCampaign.yaml`.
crate::string_enum! {
    #[doc = " The type of campaign. Could be extended in the future."] pub enum
    SlimCampaignType { #[doc = " `MANAGER`"] Manager = "MANAGER", #[doc =
    " `SOURCE_OWNER`"] SourceOwner = "SOURCE_OWNER", #[doc = " `SEARCH`"] Search =
    "SEARCH", #[doc = " `ROLE_COMPOSITION`"] RoleComposition = "ROLE_COMPOSITION", #[doc
    = " `MACHINE_ACCOUNT`"] MachineAccount = "MACHINE_ACCOUNT", }
}
