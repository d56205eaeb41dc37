//! `GetIdentityOutlierSnapshotsType`, from `beta/paths/outlier-summaries.yaml#/get`.
crate::string_enum! {
    #[doc = " `GetIdentityOutlierSnapshotsType` as the spec defines it."] pub enum
    GetIdentityOutlierSnapshotsType { #[doc = " `LOW_SIMILARITY`"] LowSimilarity =
    "LOW_SIMILARITY", #[doc = " `STRUCTURAL`"] Structural = "STRUCTURAL", }
}
