//! `GetIdentityOutlierSnapshotsType`, from `beta/paths/outlier-summaries.yaml#/get/parameters/2/schema`.

/// `GetIdentityOutlierSnapshotsType` as the spec defines it.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum GetIdentityOutlierSnapshotsType {
    /// `LOW_SIMILARITY`
    LowSimilarity,
    /// `STRUCTURAL`
    Structural,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl GetIdentityOutlierSnapshotsType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            GetIdentityOutlierSnapshotsType::LowSimilarity => "LOW_SIMILARITY",
            GetIdentityOutlierSnapshotsType::Structural => "STRUCTURAL",
            GetIdentityOutlierSnapshotsType::Unknown(value) => value,
        }
    }
}

impl From<&str> for GetIdentityOutlierSnapshotsType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "LOW_SIMILARITY" => GetIdentityOutlierSnapshotsType::LowSimilarity,
            "STRUCTURAL" => GetIdentityOutlierSnapshotsType::Structural,
            other => GetIdentityOutlierSnapshotsType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(GetIdentityOutlierSnapshotsType);
