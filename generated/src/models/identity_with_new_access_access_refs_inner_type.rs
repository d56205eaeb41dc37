//! `IdentityWithNewAccessAccessRefsInnerType`, from `beta/schemas/sod/models/IdentityWithNewAccess.yaml`.
crate::string_enum! {
    #[doc = " Entitlement's DTO type."] pub enum IdentityWithNewAccessAccessRefsInnerType
    { #[doc = " `ENTITLEMENT`"] Entitlement = "ENTITLEMENT", }
}
