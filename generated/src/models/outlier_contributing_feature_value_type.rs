//! `OutlierContributingFeatureValueType`, from `beta/schemas/OutlierContributingFeature.yaml`.
crate::string_enum! {
    #[doc = " The data type of the value field"] pub enum
    OutlierContributingFeatureValueType { #[doc = " `INTEGER`"] Integer = "INTEGER",
    #[doc = " `FLOAT`"] Float = "FLOAT", }
}
