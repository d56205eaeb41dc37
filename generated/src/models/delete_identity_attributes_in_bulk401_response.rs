//! `DeleteIdentityAttributesInBulk401Response`, from `beta/paths/identity-attributes-bulk-delete.yaml#/delete`.
/// `DeleteIdentityAttributesInBulk401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct DeleteIdentityAttributesInBulk401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}
impl DeleteIdentityAttributesInBulk401Response {
    /// A `DeleteIdentityAttributesInBulk401Response` with the given required fields and the others empty.
    pub fn new() -> Self {
        DeleteIdentityAttributesInBulk401Response {
            error: None,
        }
    }
}
