//! `ListWorkgroupMembers401Response`, from `beta/paths/workgroups/workgroup-members.yaml#/get`.

/// `ListWorkgroupMembers401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ListWorkgroupMembers401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}

impl ListWorkgroupMembers401Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        ListWorkgroupMembers401Response {
            error: None,
        }
    }
}
