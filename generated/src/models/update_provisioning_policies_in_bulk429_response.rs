//! `UpdateProvisioningPoliciesInBulk429Response`, from `v3/paths/provisioning-policies-bulk-update.yaml#/post`.

/// `UpdateProvisioningPoliciesInBulk429Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct UpdateProvisioningPoliciesInBulk429Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<serde_json::Value>,
}

impl UpdateProvisioningPoliciesInBulk429Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        UpdateProvisioningPoliciesInBulk429Response {
            message: None,
        }
    }
}
