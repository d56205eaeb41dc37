//! `TagTagCategoryRefsInnerType`, from `beta/schemas/Tag.yaml`.
crate::string_enum! {
    #[doc = " DTO type of the tagged object's category."] pub enum
    TagTagCategoryRefsInnerType { #[doc = " `ACCESS_PROFILE`"] AccessProfile =
    "ACCESS_PROFILE", #[doc = " `APPLICATION`"] Application = "APPLICATION", #[doc =
    " `CAMPAIGN`"] Campaign = "CAMPAIGN", #[doc = " `ENTITLEMENT`"] Entitlement =
    "ENTITLEMENT", #[doc = " `IDENTITY`"] Identity = "IDENTITY", #[doc = " `ROLE`"] Role
    = "ROLE", #[doc = " `SOD_POLICY`"] SodPolicy = "SOD_POLICY", #[doc = " `SOURCE`"]
    Source = "SOURCE", }
}
