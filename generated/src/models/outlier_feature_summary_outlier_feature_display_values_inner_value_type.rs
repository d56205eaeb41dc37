//! `OutlierFeatureSummaryOutlierFeatureDisplayValuesInnerValueType`, from `beta/schemas/OutlierFeatureSummary.yaml`.
crate::string_enum! {
    #[doc = " The data type of the value field"] pub enum
    OutlierFeatureSummaryOutlierFeatureDisplayValuesInnerValueType { #[doc =
    " `INTEGER`"] Integer = "INTEGER", #[doc = " `FLOAT`"] Float = "FLOAT", }
}
