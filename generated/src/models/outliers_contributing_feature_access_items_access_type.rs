//! `OutliersContributingFeatureAccessItemsAccessType`, from `beta/schemas/OutliersContributingFeatureAccessItems.yaml`.
crate::string_enum! {
    #[doc = " The type of the access item."] pub enum
    OutliersContributingFeatureAccessItemsAccessType { #[doc = " `ENTITLEMENT`"]
    Entitlement = "ENTITLEMENT", #[doc = " `ACCESS_PROFILE`"] AccessProfile =
    "ACCESS_PROFILE", #[doc = " `ROLE`"] Role = "ROLE", }
}
