//! `SubmitSedBatchRequest401Response`, from `beta/paths/suggested-entitlement-description-batches.yaml#/post`.
/// `SubmitSedBatchRequest401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct SubmitSedBatchRequest401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}
impl SubmitSedBatchRequest401Response {
    /// A `SubmitSedBatchRequest401Response` with the given required fields and the others empty.
    pub fn new() -> Self {
        SubmitSedBatchRequest401Response {
            error: None,
        }
    }
}
