//! `ScheduleHoursType`, from `beta/schemas/Schedule.yaml`.
crate::string_enum! {
    #[doc = " Enum type to specify hours value"] pub enum ScheduleHoursType { #[doc =
    " `LIST`"] List = "LIST", #[doc = " `RANGE`"] Range = "RANGE", }
}
