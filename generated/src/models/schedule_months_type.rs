//! `ScheduleMonthsType`, from `beta/schemas/Schedule.yaml`.
crate::string_enum! {
    #[doc = " Enum type to specify months value"] pub enum ScheduleMonthsType { #[doc =
    " `LIST`"] List = "LIST", #[doc = " `RANGE`"] Range = "RANGE", }
}
