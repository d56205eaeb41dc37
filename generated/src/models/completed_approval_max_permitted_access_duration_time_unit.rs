//! `CompletedApprovalMaxPermittedAccessDurationTimeUnit`, from `beta/schemas/CompletedApproval.yaml`.
crate::string_enum! {
    #[doc = " The time unit for the duration."] pub enum
    CompletedApprovalMaxPermittedAccessDurationTimeUnit { #[doc = " `HOURS`"] Hours =
    "HOURS", #[doc = " `DAYS`"] Days = "DAYS", #[doc = " `WEEKS`"] Weeks = "WEEKS", #[doc
    = " `MONTHS`"] Months = "MONTHS", }
}
