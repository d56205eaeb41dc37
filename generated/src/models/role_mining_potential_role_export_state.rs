//! `RoleMiningPotentialRoleExportState`, from `beta/schemas/RoleMiningPotentialRoleExportState.yaml`.
crate::string_enum! {
    #[doc = " `RoleMiningPotentialRoleExportState` as the spec defines it."] pub enum
    RoleMiningPotentialRoleExportState { #[doc = " `QUEUED`"] Queued = "QUEUED", #[doc =
    " `IN_PROGRESS`"] InProgress = "IN_PROGRESS", #[doc = " `SUCCESS`"] Success =
    "SUCCESS", #[doc = " `ERROR`"] Error = "ERROR", }
}
