//! `DeleteWorkgroupMembers429Response`, from `beta/paths/workgroups/bulk-delete-workgroup-members.yaml#/post`.

/// `DeleteWorkgroupMembers429Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct DeleteWorkgroupMembers429Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<serde_json::Value>,
}

impl DeleteWorkgroupMembers429Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        DeleteWorkgroupMembers429Response {
            message: None,
        }
    }
}
