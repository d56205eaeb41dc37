//! `ListIdentitySnapshotAccessItemsType`, from `beta/paths/historical-identity-snapshot-date-access-items.yaml#/get`.
crate::string_enum! {
    #[doc = " `ListIdentitySnapshotAccessItemsType` as the spec defines it."] pub enum
    ListIdentitySnapshotAccessItemsType { #[doc = " `role`"] Role = "role", #[doc =
    " `access_profile`"] AccessProfile = "access_profile", #[doc = " `entitlement`"]
    Entitlement = "entitlement", #[doc = " `app`"] App = "app", #[doc = " `account`"]
    Account = "account", }
}
