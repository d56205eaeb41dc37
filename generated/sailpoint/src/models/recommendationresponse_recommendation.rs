//! `RecommendationresponseRecommendation`, from `apis/iai-recommendations/schemas/recommendationresponse.yaml#/properties/recommendation`.

/// The recommendation - YES if the access is recommended, NO if not recommended, MAYBE if there is not enough information to make a recommendation, NOT_FOUND if the identity is not found in the system
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum RecommendationresponseRecommendation {
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

impl RecommendationresponseRecommendation {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            RecommendationresponseRecommendation::Yes => "YES",
            RecommendationresponseRecommendation::No => "NO",
            RecommendationresponseRecommendation::Maybe => "MAYBE",
            RecommendationresponseRecommendation::NotFound => "NOT_FOUND",
            RecommendationresponseRecommendation::Unknown(value) => value,
        }
    }
}

impl From<&str> for RecommendationresponseRecommendation {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "YES" => RecommendationresponseRecommendation::Yes,
            "NO" => RecommendationresponseRecommendation::No,
            "MAYBE" => RecommendationresponseRecommendation::Maybe,
            "NOT_FOUND" => RecommendationresponseRecommendation::NotFound,
            other => RecommendationresponseRecommendation::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(RecommendationresponseRecommendation);
