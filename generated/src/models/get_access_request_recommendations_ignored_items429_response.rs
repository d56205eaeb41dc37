//! `GetAccessRequestRecommendationsIgnoredItems429Response`, from `beta/paths/ai-access-request-recommendations-ignored.yaml#/get`.

/// `GetAccessRequestRecommendationsIgnoredItems429Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GetAccessRequestRecommendationsIgnoredItems429Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<serde_json::Value>,
}

impl GetAccessRequestRecommendationsIgnoredItems429Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        GetAccessRequestRecommendationsIgnoredItems429Response {
            message: None,
        }
    }
}
