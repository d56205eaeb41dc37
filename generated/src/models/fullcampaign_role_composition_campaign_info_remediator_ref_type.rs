//! `FullcampaignRoleCompositionCampaignInfoRemediatorRefType`, from `beta/schemas/Campaign.yaml`.
crate::string_enum! {
    #[doc = " Legal Remediator Type"] pub enum
    FullcampaignRoleCompositionCampaignInfoRemediatorRefType { #[doc = " `IDENTITY`"]
    Identity = "IDENTITY", }
}
