//! `ListAccountActivities429Response`, from `beta/paths/account-activities.yaml#/get`.

/// `ListAccountActivities429Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ListAccountActivities429Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<serde_json::Value>,
}

impl ListAccountActivities429Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        ListAccountActivities429Response {
            message: None,
        }
    }
}
