//! `DownloadRoleMiningPotentialRoleZip401Response`, from `beta/paths/role-mining-session-potential-role-export-download.yaml#/get`.

/// `DownloadRoleMiningPotentialRoleZip401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct DownloadRoleMiningPotentialRoleZip401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}

impl DownloadRoleMiningPotentialRoleZip401Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        DownloadRoleMiningPotentialRoleZip401Response {
            error: None,
        }
    }
}
