//! `ExportRoleMiningPotentialRole401Response`, from `beta/paths/role-mining-session-potential-role-export.yaml#/get`.

/// `ExportRoleMiningPotentialRole401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ExportRoleMiningPotentialRole401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}

impl ExportRoleMiningPotentialRole401Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        ExportRoleMiningPotentialRole401Response {
            error: None,
        }
    }
}
