//! `AccessItemRemovedAccessItemType`, from `beta/schemas/AccessItemRemoved.yaml`.
crate::string_enum! {
    #[doc = " the access item type"] pub enum AccessItemRemovedAccessItemType { #[doc =
    " `account`"] Account = "account", #[doc = " `app`"] App = "app", #[doc =
    " `entitlement`"] Entitlement = "entitlement", #[doc = " `role`"] Role = "role",
    #[doc = " `accessProfile`"] AccessProfile = "accessProfile", }
}
