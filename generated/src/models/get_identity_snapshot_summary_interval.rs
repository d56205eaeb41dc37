//! `GetIdentitySnapshotSummaryInterval`, from `beta/paths/historical-identity-snapshot-summary.yaml#/get`.
crate::string_enum! {
    #[doc = " `GetIdentitySnapshotSummaryInterval` as the spec defines it."] pub enum
    GetIdentitySnapshotSummaryInterval { #[doc = " `day`"] Day = "day", #[doc =
    " `month`"] Month = "month", }
}
