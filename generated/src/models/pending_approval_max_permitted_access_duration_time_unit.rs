//! `PendingApprovalMaxPermittedAccessDurationTimeUnit`, from `beta/schemas/PendingApproval.yaml`.
crate::string_enum! {
    #[doc = " The time unit for the duration."] pub enum
    PendingApprovalMaxPermittedAccessDurationTimeUnit { #[doc = " `HOURS`"] Hours =
    "HOURS", #[doc = " `DAYS`"] Days = "DAYS", #[doc = " `WEEKS`"] Weeks = "WEEKS", #[doc
    = " `MONTHS`"] Months = "MONTHS", }
}
