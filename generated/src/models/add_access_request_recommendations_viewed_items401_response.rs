//! `AddAccessRequestRecommendationsViewedItems401Response`, from `beta/paths/ai-access-request-recommendations-viewed-bulk-create.yaml#/post`.
/// `AddAccessRequestRecommendationsViewedItems401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct AddAccessRequestRecommendationsViewedItems401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}
impl AddAccessRequestRecommendationsViewedItems401Response {
    /// A `AddAccessRequestRecommendationsViewedItems401Response` with the given required fields and the others empty.
    pub fn new() -> Self {
        AddAccessRequestRecommendationsViewedItems401Response {
            error: None,
        }
    }
}
