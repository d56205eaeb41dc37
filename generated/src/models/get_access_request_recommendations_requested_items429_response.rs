//! `GetAccessRequestRecommendationsRequestedItems429Response`, from `beta/paths/ai-access-request-recommendations-requested.yaml#/get`.

/// `GetAccessRequestRecommendationsRequestedItems429Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GetAccessRequestRecommendationsRequestedItems429Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<serde_json::Value>,
}

impl GetAccessRequestRecommendationsRequestedItems429Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        GetAccessRequestRecommendationsRequestedItems429Response {
            message: None,
        }
    }
}
