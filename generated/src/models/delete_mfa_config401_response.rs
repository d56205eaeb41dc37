//! `DeleteMfaConfig401Response`, from `v3/paths/mfa-config-delete.yaml#/delete`.
/// `DeleteMfaConfig401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct DeleteMfaConfig401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}
impl DeleteMfaConfig401Response {
    /// A `DeleteMfaConfig401Response` with the given required fields and the others empty.
    pub fn new() -> Self {
        DeleteMfaConfig401Response {
            error: None,
        }
    }
}
