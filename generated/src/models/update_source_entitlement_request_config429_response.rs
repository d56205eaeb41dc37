//! `UpdateSourceEntitlementRequestConfig429Response`, from `beta/paths/sources-entitlement-request-config.yaml#/put`.

/// `UpdateSourceEntitlementRequestConfig429Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct UpdateSourceEntitlementRequestConfig429Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<serde_json::Value>,
}

impl UpdateSourceEntitlementRequestConfig429Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        UpdateSourceEntitlementRequestConfig429Response {
            message: None,
        }
    }
}
