//! `RequestedItemStatusType`, from `v3/schemas/RequestedItemStatus.yaml`.
crate::string_enum! {
    #[doc = " Type of requested object."] pub enum RequestedItemStatusType { #[doc =
    " `ACCESS_PROFILE`"] AccessProfile = "ACCESS_PROFILE", #[doc = " `ROLE`"] Role =
    "ROLE", #[doc = " `ENTITLEMENT`"] Entitlement = "ENTITLEMENT", }
}
