//! `UpdateEntitlementsPotentialRole401Response`, from `beta/paths/role-mining-potential-role-edit-entitlements.yaml#/post`.

/// `UpdateEntitlementsPotentialRole401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct UpdateEntitlementsPotentialRole401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}

impl UpdateEntitlementsPotentialRole401Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        UpdateEntitlementsPotentialRole401Response {
            error: None,
        }
    }
}
