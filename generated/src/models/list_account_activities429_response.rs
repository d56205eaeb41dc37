//! `ListAccountActivities429Response`, from `beta/paths/account-activities.yaml#/get`.
/// `ListAccountActivities429Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ListAccountActivities429Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<serde_json::Value>,
}
impl ListAccountActivities429Response {
    /// A `ListAccountActivities429Response` with the given required fields and the others empty.
    pub fn new() -> Self {
        ListAccountActivities429Response {
            message: None,
        }
    }
}
