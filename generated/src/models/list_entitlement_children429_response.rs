//! `ListEntitlementChildren429Response`, from `beta/paths/ears-entitlement-children.yaml#/get`.

/// `ListEntitlementChildren429Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ListEntitlementChildren429Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<serde_json::Value>,
}

impl ListEntitlementChildren429Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        ListEntitlementChildren429Response {
            message: None,
        }
    }
}
