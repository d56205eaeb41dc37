//! `RoleMiningRoleType`, from `beta/schemas/iai/RoleMiningRoleType.yaml`.
crate::string_enum! {
    #[doc = " Role type"] pub enum RoleMiningRoleType { #[doc = " `SPECIALIZED`"]
    Specialized = "SPECIALIZED", #[doc = " `COMMON`"] Common = "COMMON", }
}
