//! `V3AccessRequestPhasesResult`, from `v3/schemas/AccessRequestPhases.yaml`.
crate::string_enum! {
    #[doc = " The state of this phase."] pub enum V3AccessRequestPhasesResult { #[doc =
    " `SUCCESSFUL`"] Successful = "SUCCESSFUL", #[doc = " `FAILED`"] Failed = "FAILED", }
}
