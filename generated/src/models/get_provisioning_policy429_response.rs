//! `GetProvisioningPolicy429Response`, from `v3/paths/provisioning-policy.yaml#/get`.

/// `GetProvisioningPolicy429Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GetProvisioningPolicy429Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<serde_json::Value>,
}

impl GetProvisioningPolicy429Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        GetProvisioningPolicy429Response {
            message: None,
        }
    }
}
