//! `SourceUsageStatusStatus`, from `beta/schemas/SourceUsageStatus.yaml`.
crate::string_enum! {
    #[doc = " Source Usage Status. Acceptable values are:"] #[doc = "   - COMPLETE"]
    #[doc =
    "       - This status means that an activity data source has been setup and usage insights are available for the source."]
    #[doc = "   - INCOMPLETE"] #[doc =
    "       - This status means that an activity data source has not been setup and usage insights are not available for the source."]
    pub enum SourceUsageStatusStatus { #[doc = " `COMPLETE`"] Complete = "COMPLETE",
    #[doc = " `INCOMPLETE`"] Incomplete = "INCOMPLETE", }
}
