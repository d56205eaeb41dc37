//! `AccessDurationTimeUnit`, from `v3/schemas/access/AccessDuration.yaml`.
crate::string_enum! {
    #[doc =
    " The unit of time that corresponds to the **value**. It defines the scale of the time period."]
    pub enum AccessDurationTimeUnit { #[doc = " `HOURS`"] Hours = "HOURS", #[doc =
    " `DAYS`"] Days = "DAYS", #[doc = " `WEEKS`"] Weeks = "WEEKS", #[doc = " `MONTHS`"]
    Months = "MONTHS", }
}
