//! `V3AccessRequestPhasesState`, from `v3/schemas/AccessRequestPhases.yaml`.
crate::string_enum! {
    #[doc = " The state of this phase."] pub enum V3AccessRequestPhasesState { #[doc =
    " `PENDING`"] Pending = "PENDING", #[doc = " `EXECUTING`"] Executing = "EXECUTING",
    #[doc = " `COMPLETED`"] Completed = "COMPLETED", #[doc = " `CANCELLED`"] Cancelled =
    "CANCELLED", #[doc = " `NOT_EXECUTED`"] NotExecuted = "NOT_EXECUTED", }
}
