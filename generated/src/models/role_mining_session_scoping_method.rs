//! `RoleMiningSessionScopingMethod`, from `beta/schemas/RoleMiningSessionScopingMethod.yaml`.
crate::string_enum! {
    #[doc = " The scoping method used in the current role mining session."] pub enum
    RoleMiningSessionScopingMethod { #[doc = " `MANUAL`"] Manual = "MANUAL", #[doc =
    " `AUTO_RM`"] AutoRm = "AUTO_RM", }
}
