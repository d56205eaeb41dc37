//! `ScheduleType`, from `v3/schemas/schedule/ScheduleType.yaml`.
crate::string_enum! {
    #[doc = " Enum representing the currently supported schedule types."] #[doc = " "]
    #[doc = " Additional values may be added in the future without notice."] pub enum
    ScheduleType { #[doc = " `DAILY`"] Daily = "DAILY", #[doc = " `WEEKLY`"] Weekly =
    "WEEKLY", #[doc = " `MONTHLY`"] Monthly = "MONTHLY", #[doc = " `CALENDAR`"] Calendar
    = "CALENDAR", #[doc = " `ANNUALLY`"] Annually = "ANNUALLY", }
}
