//! `OutlierType`, from `beta/schemas/Outlier.yaml`.
crate::string_enum! {
    #[doc = " The type of outlier summary"] pub enum OutlierType { #[doc =
    " `LOW_SIMILARITY`"] LowSimilarity = "LOW_SIMILARITY", #[doc = " `STRUCTURAL`"]
    Structural = "STRUCTURAL", }
}
