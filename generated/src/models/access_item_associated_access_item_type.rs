//! `AccessItemAssociatedAccessItemType`, from `beta/schemas/AccessItemAssociated.yaml`.
crate::string_enum! {
    #[doc = " the access item type"] pub enum AccessItemAssociatedAccessItemType { #[doc
    = " `account`"] Account = "account", #[doc = " `app`"] App = "app", #[doc =
    " `entitlement`"] Entitlement = "entitlement", #[doc = " `role`"] Role = "role",
    #[doc = " `accessProfile`"] AccessProfile = "accessProfile", }
}
