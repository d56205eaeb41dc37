//! `ListProvisioningPolicies429Response`, from `v3/paths/provisioning-policies.yaml#/get`.

/// `ListProvisioningPolicies429Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ListProvisioningPolicies429Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<serde_json::Value>,
}

impl ListProvisioningPolicies429Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        ListProvisioningPolicies429Response {
            message: None,
        }
    }
}
