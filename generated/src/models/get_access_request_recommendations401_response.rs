//! `GetAccessRequestRecommendations401Response`, from `beta/paths/ai-access-request-recommendations.yaml#/get`.

/// `GetAccessRequestRecommendations401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GetAccessRequestRecommendations401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}

impl GetAccessRequestRecommendations401Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        GetAccessRequestRecommendations401Response {
            error: None,
        }
    }
}
