//! `PutEntitlementRequestConfig401Response`, from `beta/paths/entitlement-request-config.yaml#/put`.

/// `PutEntitlementRequestConfig401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct PutEntitlementRequestConfig401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}

impl PutEntitlementRequestConfig401Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        PutEntitlementRequestConfig401Response {
            error: None,
        }
    }
}
