//! `AccessConstraintType`, from `beta/schemas/AccessConstraint.yaml`.
crate::string_enum! {
    #[doc = " Type of Access"] pub enum AccessConstraintType { #[doc = " `ENTITLEMENT`"]
    Entitlement = "ENTITLEMENT", #[doc = " `ACCESS_PROFILE`"] AccessProfile =
    "ACCESS_PROFILE", #[doc = " `ROLE`"] Role = "ROLE", }
}
