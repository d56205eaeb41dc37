//! `GetLatestIdentityOutlierSnapshotsV1Type`, from `apis/iai-outliers/paths/outlier-summaries-v1-latest.yaml#/get/parameters/0/schema`.

/// `GetLatestIdentityOutlierSnapshotsV1Type` as the spec defines it.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum GetLatestIdentityOutlierSnapshotsV1Type {
    /// `LOW_SIMILARITY`
    LowSimilarity,
    /// `STRUCTURAL`
    Structural,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl GetLatestIdentityOutlierSnapshotsV1Type {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            GetLatestIdentityOutlierSnapshotsV1Type::LowSimilarity => "LOW_SIMILARITY",
            GetLatestIdentityOutlierSnapshotsV1Type::Structural => "STRUCTURAL",
            GetLatestIdentityOutlierSnapshotsV1Type::Unknown(value) => value,
        }
    }
}

impl From<&str> for GetLatestIdentityOutlierSnapshotsV1Type {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "LOW_SIMILARITY" => GetLatestIdentityOutlierSnapshotsV1Type::LowSimilarity,
            "STRUCTURAL" => GetLatestIdentityOutlierSnapshotsV1Type::Structural,
            other => GetLatestIdentityOutlierSnapshotsV1Type::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(GetLatestIdentityOutlierSnapshotsV1Type);
