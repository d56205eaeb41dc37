//! `AddAccessRequestRecommendationsRequestedItem401Response`, from `beta/paths/ai-access-request-recommendations-requested.yaml#/post`.

/// `AddAccessRequestRecommendationsRequestedItem401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct AddAccessRequestRecommendationsRequestedItem401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}

impl AddAccessRequestRecommendationsRequestedItem401Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        AddAccessRequestRecommendationsRequestedItem401Response {
            error: None,
        }
    }
}
