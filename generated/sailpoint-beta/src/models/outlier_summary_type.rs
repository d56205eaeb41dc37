//! `OutlierSummaryType`, from `beta/schemas/OutlierSummary.yaml#/properties/type`.

/// The type of outlier summary
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum OutlierSummaryType {
    /// `LOW_SIMILARITY`
    LowSimilarity,
    /// `STRUCTURAL`
    Structural,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl OutlierSummaryType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            OutlierSummaryType::LowSimilarity => "LOW_SIMILARITY",
            OutlierSummaryType::Structural => "STRUCTURAL",
            OutlierSummaryType::Unknown(value) => value,
        }
    }
}

impl From<&str> for OutlierSummaryType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "LOW_SIMILARITY" => OutlierSummaryType::LowSimilarity,
            "STRUCTURAL" => OutlierSummaryType::Structural,
            other => OutlierSummaryType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(OutlierSummaryType);
