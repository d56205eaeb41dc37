//! `ScheduleDaysType`, from `beta/schemas/Schedule.yaml`.
crate::string_enum! {
    #[doc = " Enum type to specify days value"] pub enum ScheduleDaysType { #[doc =
    " `LIST`"] List = "LIST", #[doc = " `RANGE`"] Range = "RANGE", }
}
