//! `RequestedItemDetailsType`, from `v3/schemas/access-requests/RequestedItemDetails.yaml`.
crate::string_enum! {
    #[doc = " The type of access item requested."] pub enum RequestedItemDetailsType {
    #[doc = " `ACCESS_PROFILE`"] AccessProfile = "ACCESS_PROFILE", #[doc =
    " `ENTITLEMENT`"] Entitlement = "ENTITLEMENT", #[doc = " `ROLE`"] Role = "ROLE", }
}
