//! `PutTaggedObjectType`, from `beta/paths/tagged-object.yaml#/put`.
crate::string_enum! {
    #[doc = " `PutTaggedObjectType` as the spec defines it."] pub enum
    PutTaggedObjectType { #[doc = " `ACCESS_PROFILE`"] AccessProfile = "ACCESS_PROFILE",
    #[doc = " `APPLICATION`"] Application = "APPLICATION", #[doc = " `CAMPAIGN`"]
    Campaign = "CAMPAIGN", #[doc = " `ENTITLEMENT`"] Entitlement = "ENTITLEMENT", #[doc =
    " `IDENTITY`"] Identity = "IDENTITY", #[doc = " `ROLE`"] Role = "ROLE", #[doc =
    " `SOD_POLICY`"] SodPolicy = "SOD_POLICY", #[doc = " `SOURCE`"] Source = "SOURCE", }
}
