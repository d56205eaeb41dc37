//! `PutIdentityAttribute401Response`, from `beta/paths/identity-attribute.yaml#/put`.

/// `PutIdentityAttribute401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct PutIdentityAttribute401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}

impl PutIdentityAttribute401Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        PutIdentityAttribute401Response {
            error: None,
        }
    }
}
