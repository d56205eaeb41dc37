//! `GetIdentitySnapshotSummaryV1Interval`, from `apis/identity-history/paths/historical-identities-v1-by-id-snapshot-summary.yaml#/get/parameters/2/schema`.

/// `GetIdentitySnapshotSummaryV1Interval` as the spec defines it.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum GetIdentitySnapshotSummaryV1Interval {
    /// `day`
    Day,
    /// `month`
    Month,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl GetIdentitySnapshotSummaryV1Interval {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            GetIdentitySnapshotSummaryV1Interval::Day => "day",
            GetIdentitySnapshotSummaryV1Interval::Month => "month",
            GetIdentitySnapshotSummaryV1Interval::Unknown(value) => value,
        }
    }
}

impl From<&str> for GetIdentitySnapshotSummaryV1Interval {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "day" => GetIdentitySnapshotSummaryV1Interval::Day,
            "month" => GetIdentitySnapshotSummaryV1Interval::Month,
            other => GetIdentitySnapshotSummaryV1Interval::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(GetIdentitySnapshotSummaryV1Interval);
