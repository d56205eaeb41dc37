//! `GetIdentityOutliersV1Type`, from `apis/iai-outliers/paths/outliers-v1.yaml#/get/parameters/3/schema`.

/// `GetIdentityOutliersV1Type` as the spec defines it.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum GetIdentityOutliersV1Type {
    /// `LOW_SIMILARITY`
    LowSimilarity,
    /// `STRUCTURAL`
    Structural,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl GetIdentityOutliersV1Type {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            GetIdentityOutliersV1Type::LowSimilarity => "LOW_SIMILARITY",
            GetIdentityOutliersV1Type::Structural => "STRUCTURAL",
            GetIdentityOutliersV1Type::Unknown(value) => value,
        }
    }
}

impl From<&str> for GetIdentityOutliersV1Type {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "LOW_SIMILARITY" => GetIdentityOutliersV1Type::LowSimilarity,
            "STRUCTURAL" => GetIdentityOutliersV1Type::Structural,
            other => GetIdentityOutliersV1Type::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(GetIdentityOutliersV1Type);
