//! `AccessRequestRecommendationItemType`, from `beta/schemas/AccessRequestRecommendationItemType.yaml`.
crate::string_enum! {
    #[doc = " The type of access item."] pub enum AccessRequestRecommendationItemType {
    #[doc = " `ACCESS_PROFILE`"] AccessProfile = "ACCESS_PROFILE", #[doc = " `ROLE`"]
    Role = "ROLE", }
}
