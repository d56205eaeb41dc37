//! `GetAccessProfileEntitlements429Response`, from `beta/paths/access-profile-entitlements.yaml#/get`.

/// `GetAccessProfileEntitlements429Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GetAccessProfileEntitlements429Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<serde_json::Value>,
}

impl GetAccessProfileEntitlements429Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        GetAccessProfileEntitlements429Response {
            message: None,
        }
    }
}
