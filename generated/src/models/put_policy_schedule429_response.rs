//! `PutPolicySchedule429Response`, from `beta/paths/sod-schedule.yaml#/put`.

/// `PutPolicySchedule429Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct PutPolicySchedule429Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<serde_json::Value>,
}

impl PutPolicySchedule429Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        PutPolicySchedule429Response {
            message: None,
        }
    }
}
