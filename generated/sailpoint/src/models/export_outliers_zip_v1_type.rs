//! `ExportOutliersZipV1Type`, from `apis/iai-outliers/paths/outliers-v1-export.yaml#/get/parameters/0/schema`.

/// `ExportOutliersZipV1Type` as the spec defines it.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ExportOutliersZipV1Type {
    /// `LOW_SIMILARITY`
    LowSimilarity,
    /// `STRUCTURAL`
    Structural,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl ExportOutliersZipV1Type {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            ExportOutliersZipV1Type::LowSimilarity => "LOW_SIMILARITY",
            ExportOutliersZipV1Type::Structural => "STRUCTURAL",
            ExportOutliersZipV1Type::Unknown(value) => value,
        }
    }
}

impl From<&str> for ExportOutliersZipV1Type {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "LOW_SIMILARITY" => ExportOutliersZipV1Type::LowSimilarity,
            "STRUCTURAL" => ExportOutliersZipV1Type::Structural,
            other => ExportOutliersZipV1Type::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(ExportOutliersZipV1Type);
