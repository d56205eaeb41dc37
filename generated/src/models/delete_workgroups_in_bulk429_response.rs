//! `DeleteWorkgroupsInBulk429Response`, from `beta/paths/workgroups/workgroups-bulk-delete.yaml#/post`.

/// `DeleteWorkgroupsInBulk429Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct DeleteWorkgroupsInBulk429Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<serde_json::Value>,
}

impl DeleteWorkgroupsInBulk429Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        DeleteWorkgroupsInBulk429Response {
            message: None,
        }
    }
}
