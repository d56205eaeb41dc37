//! `CreatePotentialRoleProvisionRequest401Response`, from `beta/paths/role-mining-potential-role-provision.yaml#/post`.

/// `CreatePotentialRoleProvisionRequest401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CreatePotentialRoleProvisionRequest401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}

impl CreatePotentialRoleProvisionRequest401Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        CreatePotentialRoleProvisionRequest401Response {
            error: None,
        }
    }
}
