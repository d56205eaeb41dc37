//! `GetSourceEntitlementRequestConfig401Response`, from `beta/paths/sources-entitlement-request-config.yaml#/get`.

/// `GetSourceEntitlementRequestConfig401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GetSourceEntitlementRequestConfig401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}

impl GetSourceEntitlementRequestConfig401Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        GetSourceEntitlementRequestConfig401Response {
            error: None,
        }
    }
}
