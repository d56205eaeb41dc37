//! `UpdateSourceEntitlementRequestConfig401Response`, from `beta/paths/sources-entitlement-request-config.yaml#/put`.

/// `UpdateSourceEntitlementRequestConfig401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct UpdateSourceEntitlementRequestConfig401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}

impl UpdateSourceEntitlementRequestConfig401Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        UpdateSourceEntitlementRequestConfig401Response {
            error: None,
        }
    }
}
