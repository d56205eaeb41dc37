//! `ExportOutliersZipType`, from `beta/paths/outliers-export.yaml#/get`.
crate::string_enum! {
    #[doc = " `ExportOutliersZipType` as the spec defines it."] pub enum
    ExportOutliersZipType { #[doc = " `LOW_SIMILARITY`"] LowSimilarity =
    "LOW_SIMILARITY", #[doc = " `STRUCTURAL`"] Structural = "STRUCTURAL", }
}
