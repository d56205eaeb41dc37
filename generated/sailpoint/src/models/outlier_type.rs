//! `OutlierType`, from `apis/iai-outliers/schemas/outlier.yaml#/properties/type`.

/// The type of outlier summary
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum OutlierType {
    /// `LOW_SIMILARITY`
    LowSimilarity,
    /// `STRUCTURAL`
    Structural,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl OutlierType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            OutlierType::LowSimilarity => "LOW_SIMILARITY",
            OutlierType::Structural => "STRUCTURAL",
            OutlierType::Unknown(value) => value,
        }
    }
}

impl From<&str> for OutlierType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "LOW_SIMILARITY" => OutlierType::LowSimilarity,
            "STRUCTURAL" => OutlierType::Structural,
            other => OutlierType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(OutlierType);
