//! `GetIdentityCertificationPendingTasks429Response`, from `beta/paths/identity-certifications-tasks-pending.yaml#/get`.

/// `GetIdentityCertificationPendingTasks429Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GetIdentityCertificationPendingTasks429Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<serde_json::Value>,
}

impl GetIdentityCertificationPendingTasks429Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        GetIdentityCertificationPendingTasks429Response {
            message: None,
        }
    }
}
