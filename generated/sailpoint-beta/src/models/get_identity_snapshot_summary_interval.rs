//! `GetIdentitySnapshotSummaryInterval`, from `beta/paths/historical-identity-snapshot-summary.yaml#/get/parameters/2/schema`.

/// `GetIdentitySnapshotSummaryInterval` as the spec defines it.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum GetIdentitySnapshotSummaryInterval {
    /// `day`
    Day,
    /// `month`
    Month,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl GetIdentitySnapshotSummaryInterval {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            GetIdentitySnapshotSummaryInterval::Day => "day",
            GetIdentitySnapshotSummaryInterval::Month => "month",
            GetIdentitySnapshotSummaryInterval::Unknown(value) => value,
        }
    }
}

impl From<&str> for GetIdentitySnapshotSummaryInterval {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "day" => GetIdentitySnapshotSummaryInterval::Day,
            "month" => GetIdentitySnapshotSummaryInterval::Month,
            other => GetIdentitySnapshotSummaryInterval::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(GetIdentitySnapshotSummaryInterval);
