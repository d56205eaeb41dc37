//! `AddAccessRequestRecommendationsViewedItem401Response`, from `beta/paths/ai-access-request-recommendations-viewed.yaml#/post`.

/// `AddAccessRequestRecommendationsViewedItem401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct AddAccessRequestRecommendationsViewedItem401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}

impl AddAccessRequestRecommendationsViewedItem401Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        AddAccessRequestRecommendationsViewedItem401Response {
            error: None,
        }
    }
}
