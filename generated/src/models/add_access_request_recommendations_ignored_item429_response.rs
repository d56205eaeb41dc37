//! `AddAccessRequestRecommendationsIgnoredItem429Response`, from `beta/paths/ai-access-request-recommendations-ignored.yaml#/post`.

/// `AddAccessRequestRecommendationsIgnoredItem429Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct AddAccessRequestRecommendationsIgnoredItem429Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<serde_json::Value>,
}

impl AddAccessRequestRecommendationsIgnoredItem429Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        AddAccessRequestRecommendationsIgnoredItem429Response {
            message: None,
        }
    }
}
