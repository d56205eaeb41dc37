//! `GetExcludedEntitlementsPotentialRole401Response`, from `beta/paths/role-mining-potential-role-excluded-entitlements.yaml#/get`.

/// `GetExcludedEntitlementsPotentialRole401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GetExcludedEntitlementsPotentialRole401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}

impl GetExcludedEntitlementsPotentialRole401Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        GetExcludedEntitlementsPotentialRole401Response {
            error: None,
        }
    }
}
