//! `ListWorkgroupMembers429Response`, from `beta/paths/workgroups/workgroup-members.yaml#/get`.

/// `ListWorkgroupMembers429Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ListWorkgroupMembers429Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<serde_json::Value>,
}

impl ListWorkgroupMembers429Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        ListWorkgroupMembers429Response {
            message: None,
        }
    }
}
