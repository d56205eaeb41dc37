//! `DeleteWorkgroupMembers401Response`, from `beta/paths/workgroups/bulk-delete-workgroup-members.yaml#/post`.

/// `DeleteWorkgroupMembers401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct DeleteWorkgroupMembers401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}

impl DeleteWorkgroupMembers401Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        DeleteWorkgroupMembers401Response {
            error: None,
        }
    }
}
