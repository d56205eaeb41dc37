//! `Recommendation`, from `beta/schemas/Recommendation.yaml`.

use crate::models::{RecommendationMethod, RecommendationType};

/// `Recommendation` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Recommendation {
    /// Recommended type of account.
    pub r#type: RecommendationType,
    /// Method used to produce the recommendation. DISCOVERY - suggested by AI, SOURCE - the account comes from a source flagged as containing machine accounts, CRITERIA - the account satisfies classification criteria.
    pub method: RecommendationMethod,
}

impl Recommendation {
    /// Builds the value from its required fields.
    pub fn new(r#type: RecommendationType, method: RecommendationMethod) -> Self {
        Recommendation { r#type, method }
    }
}
