//! `ListIdentitySnapshotsInterval`, from `beta/paths/historical-identity-snapshots.yaml#/get/parameters/2/schema`.

/// `ListIdentitySnapshotsInterval` as the spec defines it.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ListIdentitySnapshotsInterval {
    /// `day`
    Day,
    /// `month`
    Month,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl ListIdentitySnapshotsInterval {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            ListIdentitySnapshotsInterval::Day => "day",
            ListIdentitySnapshotsInterval::Month => "month",
            ListIdentitySnapshotsInterval::Unknown(value) => value,
        }
    }
}

impl From<&str> for ListIdentitySnapshotsInterval {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "day" => ListIdentitySnapshotsInterval::Day,
            "month" => ListIdentitySnapshotsInterval::Month,
            other => ListIdentitySnapshotsInterval::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(ListIdentitySnapshotsInterval);
