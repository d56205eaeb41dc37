//! `GetEntitlementChangesIdentities401Response`, from `beta/paths/role-insights-entitlement-changes-identities.yaml#/get`.

/// `GetEntitlementChangesIdentities401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GetEntitlementChangesIdentities401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}

impl GetEntitlementChangesIdentities401Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        GetEntitlementChangesIdentities401Response {
            error: None,
        }
    }
}
