//! `GetAccessRequestRecommendationsViewedItems429Response`, from `beta/paths/ai-access-request-recommendations-viewed.yaml#/get`.

/// `GetAccessRequestRecommendationsViewedItems429Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GetAccessRequestRecommendationsViewedItems429Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<serde_json::Value>,
}

impl GetAccessRequestRecommendationsViewedItems429Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        GetAccessRequestRecommendationsViewedItems429Response {
            message: None,
        }
    }
}
