//! `OutliersummaryType`, from `apis/iai-outliers/schemas/outliersummary.yaml#/properties/type`.

/// The type of outlier summary
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum OutliersummaryType {
    /// `LOW_SIMILARITY`
    LowSimilarity,
    /// `STRUCTURAL`
    Structural,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl OutliersummaryType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            OutliersummaryType::LowSimilarity => "LOW_SIMILARITY",
            OutliersummaryType::Structural => "STRUCTURAL",
            OutliersummaryType::Unknown(value) => value,
        }
    }
}

impl From<&str> for OutliersummaryType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "LOW_SIMILARITY" => OutliersummaryType::LowSimilarity,
            "STRUCTURAL" => OutliersummaryType::Structural,
            other => OutliersummaryType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(OutliersummaryType);
