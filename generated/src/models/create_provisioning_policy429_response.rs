//! `CreateProvisioningPolicy429Response`, from `v3/paths/provisioning-policies.yaml#/post`.

/// `CreateProvisioningPolicy429Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CreateProvisioningPolicy429Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<serde_json::Value>,
}

impl CreateProvisioningPolicy429Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        CreateProvisioningPolicy429Response {
            message: None,
        }
    }
}
