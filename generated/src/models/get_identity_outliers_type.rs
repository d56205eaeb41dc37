//! `GetIdentityOutliersType`, from `beta/paths/outliers.yaml#/get`.
crate::string_enum! {
    #[doc = " `GetIdentityOutliersType` as the spec defines it."] pub enum
    GetIdentityOutliersType { #[doc = " `LOW_SIMILARITY`"] LowSimilarity =
    "LOW_SIMILARITY", #[doc = " `STRUCTURAL`"] Structural = "STRUCTURAL", }
}
