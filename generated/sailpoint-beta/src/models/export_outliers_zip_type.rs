//! `ExportOutliersZipType`, from `beta/paths/outliers-export.yaml#/get/parameters/0/schema`.

/// `ExportOutliersZipType` as the spec defines it.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ExportOutliersZipType {
    /// `LOW_SIMILARITY`
    LowSimilarity,
    /// `STRUCTURAL`
    Structural,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl ExportOutliersZipType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            ExportOutliersZipType::LowSimilarity => "LOW_SIMILARITY",
            ExportOutliersZipType::Structural => "STRUCTURAL",
            ExportOutliersZipType::Unknown(value) => value,
        }
    }
}

impl From<&str> for ExportOutliersZipType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "LOW_SIMILARITY" => ExportOutliersZipType::LowSimilarity,
            "STRUCTURAL" => ExportOutliersZipType::Structural,
            other => ExportOutliersZipType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(ExportOutliersZipType);
