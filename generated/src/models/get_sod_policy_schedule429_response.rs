//! `GetSodPolicySchedule429Response`, from `beta/paths/sod-schedule.yaml#/get`.

/// `GetSodPolicySchedule429Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GetSodPolicySchedule429Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<serde_json::Value>,
}

impl GetSodPolicySchedule429Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        GetSodPolicySchedule429Response {
            message: None,
        }
    }
}
