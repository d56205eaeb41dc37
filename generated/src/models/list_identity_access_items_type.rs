//! `ListIdentityAccessItemsType`, from `beta/paths/historical-identity-access-items.yaml#/get`.
crate::string_enum! {
    #[doc = " `ListIdentityAccessItemsType` as the spec defines it."] pub enum
    ListIdentityAccessItemsType { #[doc = " `account`"] Account = "account", #[doc =
    " `entitlement`"] Entitlement = "entitlement", #[doc = " `app`"] App = "app", #[doc =
    " `accessProfile`"] AccessProfile = "accessProfile", #[doc = " `role`"] Role =
    "role", }
}
