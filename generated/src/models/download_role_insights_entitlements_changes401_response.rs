//! `DownloadRoleInsightsEntitlementsChanges401Response`, from `beta/paths/role-insights-entitlement-changes-download.yaml#/get`.

/// `DownloadRoleInsightsEntitlementsChanges401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct DownloadRoleInsightsEntitlementsChanges401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}

impl DownloadRoleInsightsEntitlementsChanges401Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        DownloadRoleInsightsEntitlementsChanges401Response {
            error: None,
        }
    }
}
