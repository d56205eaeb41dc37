//! `LatestoutliersummaryType`, from `apis/iai-outliers/schemas/latestoutliersummary.yaml#/properties/type`.

/// The type of outlier summary
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum LatestoutliersummaryType {
    /// `LOW_SIMILARITY`
    LowSimilarity,
    /// `STRUCTURAL`
    Structural,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl LatestoutliersummaryType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            LatestoutliersummaryType::LowSimilarity => "LOW_SIMILARITY",
            LatestoutliersummaryType::Structural => "STRUCTURAL",
            LatestoutliersummaryType::Unknown(value) => value,
        }
    }
}

impl From<&str> for LatestoutliersummaryType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "LOW_SIMILARITY" => LatestoutliersummaryType::LowSimilarity,
            "STRUCTURAL" => LatestoutliersummaryType::Structural,
            other => LatestoutliersummaryType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(LatestoutliersummaryType);
