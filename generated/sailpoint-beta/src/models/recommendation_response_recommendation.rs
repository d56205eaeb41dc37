//! `RecommendationResponseRecommendation`, from `beta/schemas/RecommendationResponse.yaml#/properties/recommendation`.

/// The recommendation - YES if the access is recommended, NO if not recommended, MAYBE if there is not enough information to make a recommendation, NOT_FOUND if the identity is not found in the system
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum RecommendationResponseRecommendation {
    /// `YES`
    Yes,
    /// `NO`
    No,
    /// `MAYBE`
    Maybe,
    /// `NOT_FOUND`
    NotFound,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl RecommendationResponseRecommendation {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            RecommendationResponseRecommendation::Yes => "YES",
            RecommendationResponseRecommendation::No => "NO",
            RecommendationResponseRecommendation::Maybe => "MAYBE",
            RecommendationResponseRecommendation::NotFound => "NOT_FOUND",
            RecommendationResponseRecommendation::Unknown(value) => value,
        }
    }
}

impl From<&str> for RecommendationResponseRecommendation {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "YES" => RecommendationResponseRecommendation::Yes,
            "NO" => RecommendationResponseRecommendation::No,
            "MAYBE" => RecommendationResponseRecommendation::Maybe,
            "NOT_FOUND" => RecommendationResponseRecommendation::NotFound,
            other => RecommendationResponseRecommendation::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(RecommendationResponseRecommendation);
