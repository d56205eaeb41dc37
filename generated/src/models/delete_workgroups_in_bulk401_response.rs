//! `DeleteWorkgroupsInBulk401Response`, from `beta/paths/workgroups/workgroups-bulk-delete.yaml#/post`.

/// `DeleteWorkgroupsInBulk401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct DeleteWorkgroupsInBulk401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}

impl DeleteWorkgroupsInBulk401Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        DeleteWorkgroupsInBulk401Response {
            error: None,
        }
    }
}
