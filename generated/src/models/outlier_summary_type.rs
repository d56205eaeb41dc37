//! `OutlierSummaryType`, from `beta/schemas/OutlierSummary.yaml`.
crate::string_enum! {
    #[doc = " The type of outlier summary"] pub enum OutlierSummaryType { #[doc =
    " `LOW_SIMILARITY`"] LowSimilarity = "LOW_SIMILARITY", #[doc = " `STRUCTURAL`"]
    Structural = "STRUCTURAL", }
}
