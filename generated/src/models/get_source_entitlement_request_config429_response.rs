//! `GetSourceEntitlementRequestConfig429Response`, from `beta/paths/sources-entitlement-request-config.yaml#/get`.

/// `GetSourceEntitlementRequestConfig429Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GetSourceEntitlementRequestConfig429Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<serde_json::Value>,
}

impl GetSourceEntitlementRequestConfig429Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        GetSourceEntitlementRequestConfig429Response {
            message: None,
        }
    }
}
