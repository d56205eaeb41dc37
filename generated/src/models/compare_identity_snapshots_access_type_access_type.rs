//! `CompareIdentitySnapshotsAccessTypeAccessType`, from `beta/paths/historical-identity-compare-type.yaml#/get`.
crate::string_enum! {
    #[doc = " `CompareIdentitySnapshotsAccessTypeAccessType` as the spec defines it."]
    pub enum CompareIdentitySnapshotsAccessTypeAccessType { #[doc = " `accessProfile`"]
    AccessProfile = "accessProfile", #[doc = " `account`"] Account = "account", #[doc =
    " `app`"] App = "app", #[doc = " `entitlement`"] Entitlement = "entitlement", #[doc =
    " `role`"] Role = "role", }
}
