//! `GetEntitlementRequestConfig429Response`, from `beta/paths/entitlement-request-config.yaml#/get`.

/// `GetEntitlementRequestConfig429Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GetEntitlementRequestConfig429Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<serde_json::Value>,
}

impl GetEntitlementRequestConfig429Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        GetEntitlementRequestConfig429Response {
            message: None,
        }
    }
}
