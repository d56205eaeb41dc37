//! `CampaignReferenceType`, from `v3/schemas/CampaignReference.yaml`.
crate::string_enum! {
    #[doc = " The type of object that is being referenced."] pub enum
    CampaignReferenceType { #[doc = " `CAMPAIGN`"] Campaign = "CAMPAIGN", }
}
