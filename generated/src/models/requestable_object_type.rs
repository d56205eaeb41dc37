//! `RequestableObjectType`, from `v3/schemas/RequestableObjectType.yaml`.
crate::string_enum! {
    #[doc = " Currently supported requestable object types."] pub enum
    RequestableObjectType { #[doc = " `ACCESS_PROFILE`"] AccessProfile =
    "ACCESS_PROFILE", #[doc = " `ROLE`"] Role = "ROLE", #[doc = " `ENTITLEMENT`"]
    Entitlement = "ENTITLEMENT", }
}
