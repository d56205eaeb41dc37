//! `SpConfigJobType`, from `beta/schemas/SpConfigJob.yaml`.
crate::string_enum! {
    #[doc = " Type of the job, either export or import."] pub enum SpConfigJobType {
    #[doc = " `EXPORT`"] Export = "EXPORT", #[doc = " `IMPORT`"] Import = "IMPORT", }
}
