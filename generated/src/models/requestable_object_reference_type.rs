//! `RequestableObjectReferenceType`, from `beta/schemas/RequestableObjectReference.yaml`.
crate::string_enum! {
    #[doc = " Type of the object."] pub enum RequestableObjectReferenceType { #[doc =
    " `ACCESS_PROFILE`"] AccessProfile = "ACCESS_PROFILE", #[doc = " `ROLE`"] Role =
    "ROLE", #[doc = " `ENTITLEMENT`"] Entitlement = "ENTITLEMENT", }
}
