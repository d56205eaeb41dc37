//! `ListEntitlementChildren401Response`, from `beta/paths/ears-entitlement-children.yaml#/get`.

/// `ListEntitlementChildren401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ListEntitlementChildren401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}

impl ListEntitlementChildren401Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        ListEntitlementChildren401Response {
            error: None,
        }
    }
}
