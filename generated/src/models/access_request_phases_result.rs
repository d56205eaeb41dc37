//! `AccessRequestPhasesResult`, from `v2024/schemas/AccessRequestPhases.yaml`.
crate::string_enum! {
    #[doc = " The state of this phase."] pub enum AccessRequestPhasesResult { #[doc =
    " `SUCCESSFUL`"] Successful = "SUCCESSFUL", #[doc = " `FAILED`"] Failed = "FAILED", }
}
