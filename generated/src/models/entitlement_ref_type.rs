//! `EntitlementRefType`, from `v3/schemas/access/EntitlementRef.yaml`.
crate::string_enum! {
    #[doc = " Entitlement's DTO type."] pub enum EntitlementRefType { #[doc =
    " `ENTITLEMENT`"] Entitlement = "ENTITLEMENT", }
}
