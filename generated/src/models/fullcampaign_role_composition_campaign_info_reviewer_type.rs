//! `FullcampaignRoleCompositionCampaignInfoReviewerType`, from `beta/schemas/Campaign.yaml`.
crate::string_enum! {
    #[doc = " The reviewer's DTO type."] pub enum
    FullcampaignRoleCompositionCampaignInfoReviewerType { #[doc = " `GOVERNANCE_GROUP`"]
    GovernanceGroup = "GOVERNANCE_GROUP", #[doc = " `IDENTITY`"] Identity = "IDENTITY", }
}
