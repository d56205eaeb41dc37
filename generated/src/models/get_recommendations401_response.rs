//! `GetRecommendations401Response`, from `beta/paths/recommendations-request.yaml#/post`.

/// `GetRecommendations401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GetRecommendations401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}

impl GetRecommendations401Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        GetRecommendations401Response {
            error: None,
        }
    }
}
