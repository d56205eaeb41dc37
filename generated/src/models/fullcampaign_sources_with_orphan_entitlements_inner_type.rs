//! `FullcampaignSourcesWithOrphanEntitlementsInnerType`, from `beta/schemas/Campaign.yaml`.
crate::string_enum! {
    #[doc = " Type"] pub enum FullcampaignSourcesWithOrphanEntitlementsInnerType { #[doc
    = " `SOURCE`"] Source = "SOURCE", }
}
