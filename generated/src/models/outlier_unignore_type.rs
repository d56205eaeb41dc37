//! `OutlierUnignoreType`, from `beta/schemas/Outlier.yaml`.
crate::string_enum! {
    #[doc =
    " Enum value of if the outlier manually or automatically un-ignored. Will be NULL if outlier is not ignored"]
    pub enum OutlierUnignoreType { #[doc = " `MANUAL`"] Manual = "MANUAL", #[doc =
    " `AUTOMATIC`"] Automatic = "AUTOMATIC", }
}
