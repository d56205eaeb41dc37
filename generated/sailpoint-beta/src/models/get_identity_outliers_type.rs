//! `GetIdentityOutliersType`, from `beta/paths/outliers.yaml#/get/parameters/3/schema`.

/// `GetIdentityOutliersType` as the spec defines it.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum GetIdentityOutliersType {
    /// `LOW_SIMILARITY`
    LowSimilarity,
    /// `STRUCTURAL`
    Structural,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl GetIdentityOutliersType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            GetIdentityOutliersType::LowSimilarity => "LOW_SIMILARITY",
            GetIdentityOutliersType::Structural => "STRUCTURAL",
            GetIdentityOutliersType::Unknown(value) => value,
        }
    }
}

impl From<&str> for GetIdentityOutliersType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "LOW_SIMILARITY" => GetIdentityOutliersType::LowSimilarity,
            "STRUCTURAL" => GetIdentityOutliersType::Structural,
            other => GetIdentityOutliersType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(GetIdentityOutliersType);
