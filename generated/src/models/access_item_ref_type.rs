//! `AccessItemRefType`, from `beta/schemas/AccessItemRef.yaml`.
crate::string_enum! {
    #[doc = " Access item's type."] pub enum AccessItemRefType { #[doc =
    " `ENTITLEMENT`"] Entitlement = "ENTITLEMENT", #[doc = " `ACCESS_PROFILE`"]
    AccessProfile = "ACCESS_PROFILE", #[doc = " `ROLE`"] Role = "ROLE", }
}
