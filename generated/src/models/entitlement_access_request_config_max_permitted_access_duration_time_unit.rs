//! `EntitlementAccessRequestConfigMaxPermittedAccessDurationTimeUnit`, from `beta/schemas/EntitlementAccessRequestConfig.yaml`.
crate::string_enum! {
    #[doc = " The time unit for the duration."] pub enum
    EntitlementAccessRequestConfigMaxPermittedAccessDurationTimeUnit { #[doc =
    " `HOURS`"] Hours = "HOURS", #[doc = " `DAYS`"] Days = "DAYS", #[doc = " `WEEKS`"]
    Weeks = "WEEKS", #[doc = " `MONTHS`"] Months = "MONTHS", }
}
