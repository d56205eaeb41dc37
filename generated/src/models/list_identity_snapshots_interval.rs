//! `ListIdentitySnapshotsInterval`, from `beta/paths/historical-identity-snapshots.yaml#/get`.
crate::string_enum! {
    #[doc = " `ListIdentitySnapshotsInterval` as the spec defines it."] pub enum
    ListIdentitySnapshotsInterval { #[doc = " `day`"] Day = "day", #[doc = " `month`"]
    Month = "month", }
}
