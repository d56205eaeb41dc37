//! `FullcampaignMachineAccountCampaignInfoReviewerType`, from `beta/schemas/Campaign.yaml`.
crate::string_enum! {
    #[doc = " The reviewer's type."] pub enum
    FullcampaignMachineAccountCampaignInfoReviewerType { #[doc = " `ACCOUNT_OWNER`"]
    AccountOwner = "ACCOUNT_OWNER", }
}
