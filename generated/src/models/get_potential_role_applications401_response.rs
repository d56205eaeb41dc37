//! `GetPotentialRoleApplications401Response`, from `beta/paths/role-mining-session-potential-role-applications.yaml#/get`.

/// `GetPotentialRoleApplications401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GetPotentialRoleApplications401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}

impl GetPotentialRoleApplications401Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        GetPotentialRoleApplications401Response {
            error: None,
        }
    }
}
