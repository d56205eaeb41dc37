//! `ListWorkgroupMembers401Response`, from `beta/paths/workgroups/workgroup-members.yaml#/get`.
/// `ListWorkgroupMembers401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ListWorkgroupMembers401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}
impl ListWorkgroupMembers401Response {
    /// A `ListWorkgroupMembers401Response` with the given required fields and the others empty.
    pub fn new() -> Self {
        ListWorkgroupMembers401Response {
            error: None,
        }
    }
}
