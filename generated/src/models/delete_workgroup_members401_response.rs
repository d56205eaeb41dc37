//! `DeleteWorkgroupMembers401Response`, from `beta/paths/workgroups/bulk-delete-workgroup-members.yaml#/post`.
/// `DeleteWorkgroupMembers401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct DeleteWorkgroupMembers401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}
impl DeleteWorkgroupMembers401Response {
    /// A `DeleteWorkgroupMembers401Response` with the given required fields and the others empty.
    pub fn new() -> Self {
        DeleteWorkgroupMembers401Response {
            error: None,
        }
    }
}
