//! `CreateProvisioningPolicy401Response`, from `v3/paths/provisioning-policies.yaml#/post`.

/// `CreateProvisioningPolicy401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CreateProvisioningPolicy401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}

impl CreateProvisioningPolicy401Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        CreateProvisioningPolicy401Response {
            error: None,
        }
    }
}
