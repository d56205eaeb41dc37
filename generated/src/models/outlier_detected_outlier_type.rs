//! `OutlierDetectedOutlierType`, from `beta/schemas/trigger/example-input/OutlierDetected.yaml`.
crate::string_enum! {
    #[doc = " Identity's outlier type."] pub enum OutlierDetectedOutlierType { #[doc =
    " `LOW_SIMILARITY`"] LowSimilarity = "LOW_SIMILARITY", }
}
