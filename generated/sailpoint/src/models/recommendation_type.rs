//! `RecommendationType`, from `apis/accounts/schemas/recommendation.yaml#/properties/type`.

/// Recommended type of account.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum RecommendationType {
    /// `HUMAN`
    Human,
    /// `MACHINE`
    Machine,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl RecommendationType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            RecommendationType::Human => "HUMAN",
            RecommendationType::Machine => "MACHINE",
            RecommendationType::Unknown(value) => value,
        }
    }
}

impl From<&str> for RecommendationType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "HUMAN" => RecommendationType::Human,
            "MACHINE" => RecommendationType::Machine,
            other => RecommendationType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(RecommendationType);
