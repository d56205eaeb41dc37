//! `LatestOutlierSummaryType`, from `beta/schemas/LatestOutlierSummary.yaml#/properties/type`.

/// The type of outlier summary
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum LatestOutlierSummaryType {
    /// `LOW_SIMILARITY`
    LowSimilarity,
    /// `STRUCTURAL`
    Structural,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl LatestOutlierSummaryType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            LatestOutlierSummaryType::LowSimilarity => "LOW_SIMILARITY",
            LatestOutlierSummaryType::Structural => "STRUCTURAL",
            LatestOutlierSummaryType::Unknown(value) => value,
        }
    }
}

impl From<&str> for LatestOutlierSummaryType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "LOW_SIMILARITY" => LatestOutlierSummaryType::LowSimilarity,
            "STRUCTURAL" => LatestOutlierSummaryType::Structural,
            other => LatestOutlierSummaryType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(LatestOutlierSummaryType);
