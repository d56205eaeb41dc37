//! `ListIdentitySnapshotsV1Interval`, from `apis/identity-history/paths/historical-identities-v1-by-id-snapshots.yaml#/get/parameters/2/schema`.

/// `ListIdentitySnapshotsV1Interval` as the spec defines it.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ListIdentitySnapshotsV1Interval {
    /// `day`
    Day,
    /// `month`
    Month,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl ListIdentitySnapshotsV1Interval {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            ListIdentitySnapshotsV1Interval::Day => "day",
            ListIdentitySnapshotsV1Interval::Month => "month",
            ListIdentitySnapshotsV1Interval::Unknown(value) => value,
        }
    }
}

impl From<&str> for ListIdentitySnapshotsV1Interval {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "day" => ListIdentitySnapshotsV1Interval::Day,
            "month" => ListIdentitySnapshotsV1Interval::Month,
            other => ListIdentitySnapshotsV1Interval::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(ListIdentitySnapshotsV1Interval);
