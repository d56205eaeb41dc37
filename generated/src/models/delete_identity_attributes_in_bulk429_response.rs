//! `DeleteIdentityAttributesInBulk429Response`, from `beta/paths/identity-attributes-bulk-delete.yaml#/delete`.

/// `DeleteIdentityAttributesInBulk429Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct DeleteIdentityAttributesInBulk429Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<serde_json::Value>,
}

impl DeleteIdentityAttributesInBulk429Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        DeleteIdentityAttributesInBulk429Response {
            message: None,
        }
    }
}
