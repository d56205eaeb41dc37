//! `UpdateWorkgroupMembers401Response`, from `beta/paths/workgroups/bulk-add-workgroup-members.yaml#/post`.

/// `UpdateWorkgroupMembers401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct UpdateWorkgroupMembers401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}

impl UpdateWorkgroupMembers401Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        UpdateWorkgroupMembers401Response {
            error: None,
        }
    }
}
