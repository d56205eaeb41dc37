//! `GetEntitlementsPotentialRole429Response`, from `beta/paths/role-mining-potential-role-entitlement-popularities.yaml#/get`.

/// `GetEntitlementsPotentialRole429Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GetEntitlementsPotentialRole429Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<serde_json::Value>,
}

impl GetEntitlementsPotentialRole429Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        GetEntitlementsPotentialRole429Response {
            message: None,
        }
    }
}
