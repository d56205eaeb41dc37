//! `LatestOutlierSummaryType`, from `beta/schemas/LatestOutlierSummary.yaml`.
crate::string_enum! {
    #[doc = " The type of outlier summary"] pub enum LatestOutlierSummaryType { #[doc =
    " `LOW_SIMILARITY`"] LowSimilarity = "LOW_SIMILARITY", #[doc = " `STRUCTURAL`"]
    Structural = "STRUCTURAL", }
}
