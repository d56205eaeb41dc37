//! `DeleteIdentityAttributesInBulk401Response`, from `beta/paths/identity-attributes-bulk-delete.yaml#/delete`.

/// `DeleteIdentityAttributesInBulk401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct DeleteIdentityAttributesInBulk401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}

impl DeleteIdentityAttributesInBulk401Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        DeleteIdentityAttributesInBulk401Response {
            error: None,
        }
    }
}
