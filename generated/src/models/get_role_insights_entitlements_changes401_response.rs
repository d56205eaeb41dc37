//! `GetRoleInsightsEntitlementsChanges401Response`, from `beta/paths/role-insights-entitlement-changes.yaml#/get`.
/// `GetRoleInsightsEntitlementsChanges401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GetRoleInsightsEntitlementsChanges401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}
impl GetRoleInsightsEntitlementsChanges401Response {
    /// A `GetRoleInsightsEntitlementsChanges401Response` with the given required fields and the others empty.
    pub fn new() -> Self {
        GetRoleInsightsEntitlementsChanges401Response {
            error: None,
        }
    }
}
