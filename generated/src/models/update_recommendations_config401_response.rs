//! `UpdateRecommendationsConfig401Response`, from `beta/paths/recommendations-config.yaml#/put`.

/// `UpdateRecommendationsConfig401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct UpdateRecommendationsConfig401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}

impl UpdateRecommendationsConfig401Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        UpdateRecommendationsConfig401Response {
            error: None,
        }
    }
}
