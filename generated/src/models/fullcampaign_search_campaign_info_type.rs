//! `FullcampaignSearchCampaignInfoType`, from `beta/schemas/Campaign.yaml`.
crate::string_enum! {
    #[doc = " The type of search campaign represented."] pub enum
    FullcampaignSearchCampaignInfoType { #[doc = " `IDENTITY`"] Identity = "IDENTITY",
    #[doc = " `ACCESS`"] Access = "ACCESS", }
}
