//! `ListProvisioningPolicies401Response`, from `v3/paths/provisioning-policies.yaml#/get`.

/// `ListProvisioningPolicies401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ListProvisioningPolicies401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}

impl ListProvisioningPolicies401Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        ListProvisioningPolicies401Response {
            error: None,
        }
    }
}
