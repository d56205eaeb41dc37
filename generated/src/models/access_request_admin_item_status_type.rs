//! `AccessRequestAdminItemStatusType`, from `v2024/schemas/AccessRequestAdminItemStatus.yaml`.
crate::string_enum! {
    #[doc = " Type of requested object."] pub enum AccessRequestAdminItemStatusType {
    #[doc = " `ACCESS_PROFILE`"] AccessProfile = "ACCESS_PROFILE", #[doc = " `ROLE`"]
    Role = "ROLE", #[doc = " `ENTITLEMENT`"] Entitlement = "ENTITLEMENT", }
}
