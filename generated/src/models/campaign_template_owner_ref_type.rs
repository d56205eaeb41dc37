//! `CampaignTemplateOwnerRefType`, from `beta/schemas/CampaignTemplate.yaml`.
crate::string_enum! {
    #[doc = " Type of the owner"] pub enum CampaignTemplateOwnerRefType { #[doc =
    " `IDENTITY`"] Identity = "IDENTITY", }
}
