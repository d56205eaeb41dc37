//! `ScheduleType2`, from `beta/schemas/Schedule.yaml`.
crate::string_enum! {
    #[doc =
    " Determines the overall schedule cadence. In general, all time period fields smaller than the chosen type can be configured. For example, a DAILY schedule can have 'hours' set, but not 'days'; a WEEKLY schedule can have both 'hours' and 'days' set."]
    pub enum ScheduleType2 { #[doc = " `WEEKLY`"] Weekly = "WEEKLY", #[doc =
    " `MONTHLY`"] Monthly = "MONTHLY", #[doc = " `ANNUALLY`"] Annually = "ANNUALLY",
    #[doc = " `CALENDAR`"] Calendar = "CALENDAR", }
}
