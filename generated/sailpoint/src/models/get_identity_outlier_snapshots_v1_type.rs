//! `GetIdentityOutlierSnapshotsV1Type`, from `apis/iai-outliers/paths/outlier-summaries-v1.yaml#/get/parameters/2/schema`.

/// `GetIdentityOutlierSnapshotsV1Type` as the spec defines it.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum GetIdentityOutlierSnapshotsV1Type {
    /// `LOW_SIMILARITY`
    LowSimilarity,
    /// `STRUCTURAL`
    Structural,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl GetIdentityOutlierSnapshotsV1Type {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            GetIdentityOutlierSnapshotsV1Type::LowSimilarity => "LOW_SIMILARITY",
            GetIdentityOutlierSnapshotsV1Type::Structural => "STRUCTURAL",
            GetIdentityOutlierSnapshotsV1Type::Unknown(value) => value,
        }
    }
}

impl From<&str> for GetIdentityOutlierSnapshotsV1Type {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "LOW_SIMILARITY" => GetIdentityOutlierSnapshotsV1Type::LowSimilarity,
            "STRUCTURAL" => GetIdentityOutlierSnapshotsV1Type::Structural,
            other => GetIdentityOutlierSnapshotsV1Type::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(GetIdentityOutlierSnapshotsV1Type);
