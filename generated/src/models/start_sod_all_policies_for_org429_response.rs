//! `StartSodAllPoliciesForOrg429Response`, from `beta/paths/sod-all-report-run.yaml#/post`.

/// `StartSodAllPoliciesForOrg429Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct StartSodAllPoliciesForOrg429Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<serde_json::Value>,
}

impl StartSodAllPoliciesForOrg429Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        StartSodAllPoliciesForOrg429Response {
            message: None,
        }
    }
}
