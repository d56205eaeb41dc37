//! `PutPolicySchedule401Response`, from `beta/paths/sod-schedule.yaml#/put`.
/// `PutPolicySchedule401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct PutPolicySchedule401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}
impl PutPolicySchedule401Response {
    /// A `PutPolicySchedule401Response` with the given required fields and the others empty.
    pub fn new() -> Self {
        PutPolicySchedule401Response {
            error: None,
        }
    }
}
