//! `GetLatestIdentityOutlierSnapshotsType`, from `beta/paths/outlier-summaries-latest.yaml#/get/parameters/0/schema`.

/// `GetLatestIdentityOutlierSnapshotsType` as the spec defines it.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum GetLatestIdentityOutlierSnapshotsType {
    /// `LOW_SIMILARITY`
    LowSimilarity,
    /// `STRUCTURAL`
    Structural,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl GetLatestIdentityOutlierSnapshotsType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            GetLatestIdentityOutlierSnapshotsType::LowSimilarity => "LOW_SIMILARITY",
            GetLatestIdentityOutlierSnapshotsType::Structural => "STRUCTURAL",
            GetLatestIdentityOutlierSnapshotsType::Unknown(value) => value,
        }
    }
}

impl From<&str> for GetLatestIdentityOutlierSnapshotsType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "LOW_SIMILARITY" => GetLatestIdentityOutlierSnapshotsType::LowSimilarity,
            "STRUCTURAL" => GetLatestIdentityOutlierSnapshotsType::Structural,
            other => GetLatestIdentityOutlierSnapshotsType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(GetLatestIdentityOutlierSnapshotsType);
