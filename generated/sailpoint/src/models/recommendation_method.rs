//! `RecommendationMethod`, from `apis/accounts/schemas/recommendation.yaml#/properties/method`.

/// Method used to produce the recommendation. DISCOVERY - suggested by AI, SOURCE - the account comes from a source flagged as containing machine accounts, CRITERIA - the account satisfies classification criteria.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum RecommendationMethod {
    /// `DISCOVERY`
    Discovery,
    /// `SOURCE`
    Source,
    /// `CRITERIA`
    Criteria,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl RecommendationMethod {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            RecommendationMethod::Discovery => "DISCOVERY",
            RecommendationMethod::Source => "SOURCE",
            RecommendationMethod::Criteria => "CRITERIA",
            RecommendationMethod::Unknown(value) => value,
        }
    }
}

impl From<&str> for RecommendationMethod {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "DISCOVERY" => RecommendationMethod::Discovery,
            "SOURCE" => RecommendationMethod::Source,
            "CRITERIA" => RecommendationMethod::Criteria,
            other => RecommendationMethod::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(RecommendationMethod);
