//! `GetAccessRequestRecommendationsViewedItems401Response`, from `beta/paths/ai-access-request-recommendations-viewed.yaml#/get`.

/// `GetAccessRequestRecommendationsViewedItems401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GetAccessRequestRecommendationsViewedItems401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}

impl GetAccessRequestRecommendationsViewedItems401Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        GetAccessRequestRecommendationsViewedItems401Response {
            error: None,
        }
    }
}
