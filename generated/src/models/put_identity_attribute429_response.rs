//! `PutIdentityAttribute429Response`, from `beta/paths/identity-attribute.yaml#/put`.

/// `PutIdentityAttribute429Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct PutIdentityAttribute429Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<serde_json::Value>,
}

impl PutIdentityAttribute429Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        PutIdentityAttribute429Response {
            message: None,
        }
    }
}
