//! `GetLatestIdentityOutlierSnapshotsType`, from `beta/paths/outlier-summaries-latest.yaml#/get`.
crate::string_enum! {
    #[doc = " `GetLatestIdentityOutlierSnapshotsType` as the spec defines it."] pub enum
    GetLatestIdentityOutlierSnapshotsType { #[doc = " `LOW_SIMILARITY`"] LowSimilarity =
    "LOW_SIMILARITY", #[doc = " `STRUCTURAL`"] Structural = "STRUCTURAL", }
}
