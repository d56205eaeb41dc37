//! `ReportResultReferenceStatus`, from `beta/schemas/ReportResultReference.yaml`.
crate::string_enum! {
    #[doc = " Status of a SOD policy violation report."] pub enum
    ReportResultReferenceStatus { #[doc = " `SUCCESS`"] Success = "SUCCESS", #[doc =
    " `WARNING`"] Warning = "WARNING", #[doc = " `ERROR`"] Error = "ERROR", #[doc =
    " `TERMINATED`"] Terminated = "TERMINATED", #[doc = " `TEMP_ERROR`"] TempError =
    "TEMP_ERROR", #[doc = " `PENDING`"] Pending = "PENDING", }
}
