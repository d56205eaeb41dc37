//! `CampaignReferenceCampaignType`, from `v3/schemas/CampaignReference.yaml`.
crate::string_enum! {
    #[doc = " The type of the campaign."] pub enum CampaignReferenceCampaignType { #[doc
    = " `MANAGER`"] Manager = "MANAGER", #[doc = " `SOURCE_OWNER`"] SourceOwner =
    "SOURCE_OWNER", #[doc = " `SEARCH`"] Search = "SEARCH", #[doc =
    " `ROLE_COMPOSITION`"] RoleComposition = "ROLE_COMPOSITION", #[doc =
    " `MACHINE_ACCOUNT`"] MachineAccount = "MACHINE_ACCOUNT", }
}
