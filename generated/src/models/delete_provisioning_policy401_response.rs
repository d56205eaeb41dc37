//! `DeleteProvisioningPolicy401Response`, from `v3/paths/provisioning-policy.yaml#/delete`.
/// `DeleteProvisioningPolicy401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct DeleteProvisioningPolicy401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}
impl DeleteProvisioningPolicy401Response {
    /// A `DeleteProvisioningPolicy401Response` with the given required fields and the others empty.
    pub fn new() -> Self {
        DeleteProvisioningPolicy401Response {
            error: None,
        }
    }
}
