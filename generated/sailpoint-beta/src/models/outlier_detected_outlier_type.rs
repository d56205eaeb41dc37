//! `OutlierDetectedOutlierType`, from `beta/schemas/trigger/example-input/OutlierDetected.yaml#/properties/outlierType`.

/// Identity's outlier type.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum OutlierDetectedOutlierType {
    /// `LOW_SIMILARITY`
    LowSimilarity,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl OutlierDetectedOutlierType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            OutlierDetectedOutlierType::LowSimilarity => "LOW_SIMILARITY",
            OutlierDetectedOutlierType::Unknown(value) => value,
        }
    }
}

impl From<&str> for OutlierDetectedOutlierType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "LOW_SIMILARITY" => OutlierDetectedOutlierType::LowSimilarity,
            other => OutlierDetectedOutlierType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(OutlierDetectedOutlierType);
