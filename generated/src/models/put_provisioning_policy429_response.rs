//! `PutProvisioningPolicy429Response`, from `v3/paths/provisioning-policy.yaml#/put`.

/// `PutProvisioningPolicy429Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct PutProvisioningPolicy429Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<serde_json::Value>,
}

impl PutProvisioningPolicy429Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        PutProvisioningPolicy429Response {
            message: None,
        }
    }
}
